package io.fmscope.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where templates meet and merge. Three indexes over the live templates:
 * <ul>
 *   <li>by exact template key, so a line equal to a template after masking joins it;</li>
 *   <li>by <em>skeleton</em> (the constant words and keyed variables in order, at least two words), so a
 *       line whose variables take a different number of tokens joins its template
 *       ({@code 12 bytes sent} and {@code 1290 bytes (1.26 KB) sent});</li>
 *   <li>by <em>shape</em> (the template with one position blanked): when the templates of a shape
 *       disagree at that position with {@code distinctValues} different words, or one of them already
 *       has an unkeyed variable there, they merge and the position becomes {@code <*>}. Unlike Drain's
 *       single similarity threshold, a position becomes variable on evidence that it varies, so
 *       {@code VM Started} and {@code VM Stopped} stay apart while user names merge.</li>
 * </ul>
 */
final class ClusterIndex {
    /** Told when a cluster is absorbed into another, so the miner can forget or alias it. */
    interface Listener {
        void merged(Cluster from, Cluster into);
    }

    private static final long HOLE_HASH = 0x5DEECE66DL;
    private final Map<Long, Shape> shapes = new HashMap<>();
    private final Map<Long, Cluster> skeletons = new HashMap<>();
    private final Map<String, Cluster> templates = new HashMap<>();
    private final MinerConfig config;
    private final Listener listener;

    ClusterIndex(MinerConfig config, Listener listener) {
        this.config = config;
        this.listener = listener;
    }

    /** The live template whose key is exactly {@code key}, or null. */
    Cluster byKey(String key) {
        Cluster c = templates.get(key);
        if (c == null) return null;
        c = c.root();
        return c.evicted ? null : c;
    }

    /** Indexes a new cluster and applies the merge rules; returns the root it ended in. */
    Cluster register(Cluster c) {
        while (true) {
            long sk = skeletonKey(c);
            if (sk != 0) {
                Cluster o = skeletons.get(sk);
                if (o != null) o = o.root();
                if (o != null && !o.evicted && o != c) {
                    absorb(o, c);
                    return o;
                }
                skeletons.put(sk, c);
                c.skeletonKey = sk;
            }
            c.templateKey = c.key();
            templates.put(c.templateKey, c);
            Cluster merged = registerShapes(c);
            if (merged == null) return c;
            c = merged;
        }
    }

    private Cluster registerShapes(Cluster c) {
        long[] keys = shapeKeys(c);
        c.shapeKeys = keys;
        int words = c.words();
        for (int p = 0; p < keys.length; p++) {
            Shape s = shapes.computeIfAbsent(keys[p], k -> new Shape(config.distinctValues()));
            s.addMember(c);
            if (c.isWord(p)) s.addValue(Hash64.of(c.keyText(p)));
            else if (c.isKeyedVariable(p)) s.addValue(Hash64.of(c.frames[p]));
            else s.hasVariable = true;
            if (c.isWord(p) || c.isKeyedVariable(p)) s.addFrame(Hash64.of(c.frames[p]), !c.isWord(p));
            boolean varies = s.hasVariable || s.frameVaries() || s.distinct() >= config.distinctValues();
            int wordsLeft = words - (c.isWord(p) ? 1 : 0);
            if (s.members.size() > 1 && varies && wordsLeft >= config.minConstantWords()) {
                Cluster target = mergeAll(new ArrayList<>(s.members));
                s.hasVariable = true;
                return target;
            }
        }
        return null;
    }

    /** Merges same-shape clusters into the oldest one and generalises its template. */
    private Cluster mergeAll(List<Cluster> members) {
        Cluster target = members.get(0);
        for (Cluster m : members) if (m.id < target.id) target = m;
        unregister(target);
        for (Cluster m : members) {
            if (m == target) continue;
            unregister(m);
            generalise(target, m);
            m.parent = target;
            target.count += m.count;
            target.variableLength |= m.variableLength;
            for (String s : m.samples) target.addSample(s, config);
            listener.merged(m, target);
        }
        return target;
    }

    /** A same-skeleton cluster joins {@code into} without changing its template. */
    private void absorb(Cluster into, Cluster c) {
        unregister(c);
        c.parent = into;
        into.count += c.count;
        into.variableLength |= c.size() != into.size() || c.variableLength;
        for (String s : c.samples) into.addSample(s, config);
        listener.merged(c, into);
    }

    private static void generalise(Cluster a, Cluster b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.isWord(i) && b.isWord(i) && a.keyText(i).equals(b.keyText(i))) continue;
            TokenType t;
            if (!a.isWord(i) && !b.isWord(i)) t = a.types[i] == b.types[i] ? a.types[i] : TokenType.ANY;
            else if (a.isWord(i) && b.isWord(i)) t = TokenType.ANY;
            else t = a.isWord(i) ? b.types[i] : a.types[i];
            a.setVariable(i, t, a.frames[i].equals(b.frames[i]) ? a.frames[i] : Cluster.HOLE);
        }
    }

    /** Removes every index entry of c (before its template changes, or when it is evicted). */
    void unregister(Cluster c) {
        for (long k : c.shapeKeys) {
            Shape s = shapes.get(k);
            if (s == null) continue;
            s.remove(c);
            if (s.members.isEmpty()) shapes.remove(k);
        }
        c.shapeKeys = new long[0];
        if (c.skeletonKey != 0 && skeletons.get(c.skeletonKey) == c) skeletons.remove(c.skeletonKey);
        c.skeletonKey = 0;
        if (c.templateKey != null && templates.get(c.templateKey) == c) templates.remove(c.templateKey);
        c.templateKey = null;
    }

    /** Polynomial hash of the token keys; key(p) swaps token p for a hole marker. */
    private static long[] shapeKeys(Cluster c) {
        int n = c.size();
        long[] th = new long[n];
        long[] pw = new long[n];
        long full = n, pow = Hash64.PRIME;
        for (int i = 0; i < n; i++) {
            th[i] = Hash64.of(c.keyText(i));
            pw[i] = pow;
            full += th[i] * pow;
            pow *= Hash64.PRIME;
        }
        long[] keys = new long[n];
        for (int p = 0; p < n; p++) keys[p] = Hash64.mix(full - th[p] * pw[p] + HOLE_HASH * pw[p]);
        return keys;
    }

    /** Hash of the constant words and keyed variables in order, or 0 when fewer than two words. */
    private static long skeletonKey(Cluster c) {
        long h = 17;
        int words = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.isWord(i)) words++;
            else if (!c.isKeyedVariable(i)) continue;
            h = h * Hash64.PRIME + Hash64.of(c.keyText(i));
        }
        if (words < 2) return 0;
        long k = Hash64.mix(h);
        return k == 0 ? 1 : k;
    }

    int shapeCount() {
        return shapes.size();
    }
}

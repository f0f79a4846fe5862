package io.fmscope.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Streaming template miner: one pass, each line assigned as it arrives, memory bounded by
 * {@link MinerConfig}. A line is tokenised and its variable tokens masked ({@link TokenType}); lines equal
 * after masking share a template through a cache, so the common path is a mask and a hash lookup. New
 * masked shapes go to {@link ClusterIndex}, which merges templates as evidence of variation arrives.
 * Not thread-safe: use one miner per log group and confine it to one thread (or synchronise outside).
 */
public final class TemplateMiner {
    private static final int MAX_ALIASES = 100_000;
    private final MinerConfig config;
    private final LineMasker masker;
    private final HashMap<MaskedKey, Cluster> cache = new HashMap<>();
    /** Live templates in least-recently-used order; the eldest is evicted at the cap. */
    private final LinkedHashMap<Cluster, Boolean> live = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Long, Long> aliases = new LinkedHashMap<>() {
        @Override protected boolean removeEldestEntry(Map.Entry<Long, Long> e) {
            return size() > MAX_ALIASES;
        }
    };
    private final ClusterIndex index;
    private long nextId = 1;
    private long lines;
    private long overflow;

    public TemplateMiner(MinerConfig config) {
        this.config = config;
        this.masker = new LineMasker(config.maxTokens(), config.maxTokenChars());
        this.index = new ClusterIndex(config, this::onMerged);
    }

    public TemplateMiner() {
        this(MinerConfig.defaults());
    }

    /** Mines one line (a message without its header) and returns the template it now belongs to. */
    public Assignment add(String line) {
        lines++;
        masker.mask(line);
        MaskedKey key = masker.key(line); // a probe: copied only when stored
        Cluster hit = cache.get(key);
        if (hit != null) {
            Cluster r = hit.root();
            if (!r.evicted) return assign(r, line, Assignment.Change.NONE);
            cache.remove(key);
        }
        Cluster fresh = fromMasker(line, nextId);
        Cluster same = index.byKey(fresh.key());
        Cluster root;
        Assignment.Change change;
        if (same != null) {
            root = same;
            change = Assignment.Change.NONE;
        } else {
            nextId++;
            live.put(fresh, Boolean.TRUE);
            root = index.register(fresh);
            change = root == fresh ? Assignment.Change.CREATED : Assignment.Change.GENERALISED;
            evictOverCap();
        }
        if (cache.size() >= config.keyCacheSize()) cache.clear();
        if (config.keyCacheSize() > 0) cache.put(key.copy(), root);
        return assign(root, line, change);
    }

    private Assignment assign(Cluster r, String line, Assignment.Change change) {
        r.count++;
        r.exposed = true;
        r.addSample(line, config);
        live.get(r); // touch for LRU order
        return new Assignment(r.id, change);
    }

    private Cluster fromMasker(String line, long id) {
        int n = masker.count;
        String[] frames = new String[n];
        String[] values = new String[n];
        boolean[] glued = new boolean[n];
        TokenType[] types = masker.types();
        for (int i = 0; i < n; i++) {
            boolean bare = masker.start[i] == masker.varStart[i] && masker.varEnd[i] == masker.end[i];
            frames[i] = bare ? Cluster.HOLE : line.substring(masker.start[i], masker.varStart[i]) + Cluster.HOLE
                + line.substring(masker.varEnd[i], masker.end[i]); // most tokens have no frame: share the constant
            if (types[i] == TokenType.WORD) values[i] = line.substring(masker.varStart[i], masker.varEnd[i]);
            glued[i] = i > 0 && masker.glued[i];
        }
        return new Cluster(id, frames, values, types, glued);
    }

    private void onMerged(Cluster from, Cluster into) {
        live.remove(from);
        if (from.exposed) aliases.put(from.id, into.id);
    }

    /** At the cap the least recently used template is evicted; its lines are counted as overflow. */
    private void evictOverCap() {
        while (live.size() > config.maxTemplates()) {
            Cluster eldest = live.keySet().iterator().next();
            live.remove(eldest);
            index.unregister(eldest);
            eldest.evicted = true;
            overflow += eldest.count;
        }
    }

    /** The template a line would be assigned to, without changing anything; empty if none fits. */
    public Optional<Template> match(String line) {
        masker.mask(line);
        Cluster hit = cache.get(masker.key(line));
        if (hit != null && !hit.root().evicted) return Optional.of(Template.of(hit.root()));
        Cluster probe = fromMasker(line, -1);
        Cluster same = index.byKey(probe.key());
        if (same != null) return Optional.of(Template.of(same));
        Cluster best = null;
        for (Cluster c : live.keySet()) {
            if (fits(c, probe) && (best == null || c.count > best.count)) best = c;
        }
        return Optional.ofNullable(best).map(Template::of);
    }

    private static boolean fits(Cluster template, Cluster line) {
        if (template.size() != line.size()) return false;
        for (int i = 0; i < line.size(); i++) {
            if (template.isWord(i) && !(line.isWord(i) && template.keyText(i).equals(line.keyText(i)))) return false;
        }
        return true;
    }

    /** The id a template id ended in after merges ({@code id} itself if it is live or unknown). */
    public long resolve(long id) {
        long r = id;
        for (int hops = 0; hops < 64; hops++) {
            Long next = aliases.get(r);
            if (next == null) return r;
            r = next;
        }
        return r;
    }

    public Optional<Template> template(long id) {
        long r = resolve(id);
        for (Cluster c : live.keySet()) if (c.id == r) return Optional.of(Template.of(c));
        return Optional.empty();
    }

    /** Live templates, most frequent first. */
    public List<Template> templates() {
        List<Template> out = new ArrayList<>(live.size());
        for (Cluster c : live.keySet()) out.add(Template.of(c));
        out.sort(Comparator.comparingLong(Template::count).reversed().thenComparingLong(Template::id));
        return out;
    }

    public long lineCount() {
        return lines;
    }

    /** Lines whose templates were evicted at the {@link MinerConfig#maxTemplates()} cap. */
    public long overflowCount() {
        return overflow;
    }

    public int templateCount() {
        return live.size();
    }

    /** Entries held by the internal indexes; bounded by the caps, exposed for memory tests. */
    public long indexSize() {
        return cache.size() + live.size() + index.shapeCount() + aliases.size();
    }

    public MinerConfig config() {
        return config;
    }

    public MinerSnapshot snapshot() {
        return SnapshotCodec.snapshot(this, live.keySet(), nextId, lines, overflow, aliases);
    }

    /** Rebuilds a miner from a snapshot; the same lines get the same template ids as before. */
    public static TemplateMiner restore(MinerConfig config, MinerSnapshot snapshot) {
        TemplateMiner m = new TemplateMiner(config);
        m.nextId = snapshot.nextId();
        m.lines = snapshot.lines();
        m.overflow = snapshot.overflowCount();
        m.aliases.putAll(snapshot.aliases());
        for (Cluster c : SnapshotCodec.clusters(snapshot)) {
            m.live.put(c, Boolean.TRUE);
            m.index.register(c);
        }
        m.evictOverCap();
        return m;
    }
}

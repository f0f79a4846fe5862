package io.fmscope.patterns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Converts between live clusters and the {@link MinerSnapshot} records. */
final class SnapshotCodec {
    private SnapshotCodec() {
    }

    static MinerSnapshot snapshot(TemplateMiner m, Collection<Cluster> live, long nextId, long lines, long overflow,
                                  Map<Long, Long> aliases) {
        List<MinerSnapshot.StoredTemplate> out = new ArrayList<>(live.size());
        for (Cluster c : live) {
            List<MinerSnapshot.StoredToken> tokens = new ArrayList<>(c.size());
            for (int i = 0; i < c.size(); i++) {
                tokens.add(new MinerSnapshot.StoredToken(c.frames[i], c.values[i], c.types[i], c.glued[i]));
            }
            out.add(new MinerSnapshot.StoredTemplate(c.id, c.count, c.variableLength, tokens, c.samples));
        }
        return new MinerSnapshot(MinerSnapshot.CURRENT, nextId, lines, overflow, out, aliases);
    }

    static List<Cluster> clusters(MinerSnapshot s) {
        if (s.version() != MinerSnapshot.CURRENT) {
            throw new IllegalArgumentException("unsupported template snapshot version " + s.version());
        }
        List<Cluster> out = new ArrayList<>(s.templates().size());
        for (MinerSnapshot.StoredTemplate t : s.templates()) {
            int n = t.tokens().size();
            String[] frames = new String[n];
            String[] values = new String[n];
            TokenType[] types = new TokenType[n];
            boolean[] glued = new boolean[n];
            for (int i = 0; i < n; i++) {
                MinerSnapshot.StoredToken k = t.tokens().get(i);
                if (k.frame() == null || !k.frame().contains(Cluster.HOLE) || k.type() == null
                    || (k.type() == TokenType.WORD) != (k.value() != null)) {
                    throw new IllegalArgumentException("template " + t.id() + " has a malformed token " + i);
                }
                frames[i] = k.frame();
                values[i] = k.value();
                types[i] = k.type();
                glued[i] = k.glued();
            }
            Cluster c = new Cluster(t.id(), frames, values, types, glued);
            c.count = t.count();
            c.variableLength = t.variableLength();
            c.exposed = true;
            c.samples.addAll(t.samples());
            out.add(c);
        }
        return out;
    }
}

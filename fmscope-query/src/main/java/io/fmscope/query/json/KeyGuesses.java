package io.fmscope.query.json;

import com.fasterxml.jackson.core.io.SerializedString;

import java.util.Arrays;

/**
 * Guesses each field name of a message from the name before it. Lines of one shape repeat their keys in the same
 * order, so with a guess Jackson matches the name by comparing bytes ({@code nextFieldName(SerializableString)})
 * instead of hashing it and looking it up in its symbol table; a wrong guess costs a failed compare, then the usual
 * parse, so results never depend on the guesses. Each key also remembers the trie child it led to from the last
 * nodes it was met under. Keys are told apart by identity: Jackson hands out one canonical String per name.
 * Not thread-safe.
 */
final class KeyGuesses {
    /** A field name met in some message, with what came after it last time. */
    static final class Key {
        final String name;
        final SerializedString quoted;
        /** The key that followed this one in the same object last time, or null. */
        Key next;
        /** The first key of the object that was this key's value last time, or null. */
        Key first;
        private FieldTrie.Node from1;
        private FieldTrie.Node child1;
        private FieldTrie.Node from2;
        private FieldTrie.Node child2;

        Key(String name) {
            this.name = name;
            this.quoted = new SerializedString(name);
        }

        /** {@code node.key(name)}, remembered for the last two nodes (a name may occur at two levels). */
        FieldTrie.Node child(FieldTrie.Node node) {
            if (node == from1) return child1;
            if (node == from2) return child2;
            FieldTrie.Node c = node.key(name);
            from2 = from1;
            child2 = child1;
            from1 = node;
            child1 = c;
            return c;
        }
    }

    /** Past this many distinct names (keys that are data, like ids) the guesses start afresh. */
    private static final int MAX_KEYS = 2048;

    /** Stands for the root object's parent: its {@link Key#first} guesses a message's first key. */
    final Key root = new Key("");
    private String[] names = new String[64];
    private Key[] keys = new Key[64];
    private int size;

    /** The key for the canonical name {@code name}, made on first sight. */
    Key of(String name) {
        int mask = names.length - 1;
        for (int i = System.identityHashCode(name) & mask; ; i = (i + 1) & mask) {
            String n = names[i];
            if (n == name) return keys[i];
            if (n == null) {
                if (size >= MAX_KEYS) {
                    clear();
                    return of(name);
                }
                Key k = new Key(name);
                names[i] = name;
                keys[i] = k;
                if (++size * 2 > names.length) grow();
                return k;
            }
        }
    }

    private void grow() {
        String[] oldNames = names;
        Key[] oldKeys = keys;
        names = new String[oldNames.length * 2];
        keys = new Key[oldNames.length * 2];
        int mask = names.length - 1;
        for (int j = 0; j < oldNames.length; j++) {
            if (oldNames[j] == null) continue;
            int i = System.identityHashCode(oldNames[j]) & mask;
            while (names[i] != null) i = (i + 1) & mask;
            names[i] = oldNames[j];
            keys[i] = oldKeys[j];
        }
    }

    private void clear() {
        Arrays.fill(names, null);
        Arrays.fill(keys, null);
        size = 0;
        root.first = null;
    }
}

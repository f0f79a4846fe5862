package io.fmscope.storage.duckdb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovered fields of one batch, column by column: one {@link Slot} per field name, holding each event's
 * value (or nothing) and the narrowest {@link ColumnType} that holds them all. Column-wise storage keeps a
 * 10,000-event batch to a few arrays per field instead of a map per event.
 */
final class DiscoveredBatch {
    static final byte ABSENT = 0;
    static final byte LONG = 1;
    static final byte DOUBLE = 2;
    static final byte BOOL = 3;
    static final byte STRING = 4;

    /** One field's values across the batch. */
    static final class Slot {
        final String field;
        ColumnType type;
        final byte[] tags;
        private long[] bits;
        private String[] texts;

        Slot(String field, int size) {
            this.field = field;
            this.tags = new byte[size];
        }

        void putLong(int row, long v) {
            widen(ColumnType.BIGINT);
            tags[row] = LONG;
            bits()[row] = v;
        }

        void putDouble(int row, double v) {
            widen(ColumnType.DOUBLE);
            tags[row] = DOUBLE;
            bits()[row] = Double.doubleToRawLongBits(v);
        }

        void putBool(int row, boolean v) {
            widen(ColumnType.BOOLEAN);
            tags[row] = BOOL;
            bits()[row] = v ? 1 : 0;
        }

        void putString(int row, String v) {
            widen(ColumnType.VARCHAR);
            tags[row] = STRING;
            if (texts == null) {
                texts = new String[tags.length];
            }
            texts[row] = v;
        }

        long longAt(int row) {
            return bits[row];
        }

        double doubleAt(int row) {
            return tags[row] == LONG ? bits[row] : Double.longBitsToDouble(bits[row]);
        }

        boolean boolAt(int row) {
            return bits[row] != 0;
        }

        /** The value's text in a VARCHAR column: strings as they are, other values in their Java form. */
        String textAt(int row) {
            return switch (tags[row]) {
                case STRING -> texts[row];
                case LONG -> Long.toString(bits[row]);
                case DOUBLE -> Double.toString(Double.longBitsToDouble(bits[row]));
                case BOOL -> bits[row] != 0 ? "true" : "false";
                default -> null;
            };
        }

        void copyRows(Slot o, int from, int to) {
            for (int r = from; r < to; r++) {
                switch (o.tags[r]) {
                    case LONG -> putLong(r, o.bits[r]);
                    case DOUBLE -> putDouble(r, Double.longBitsToDouble(o.bits[r]));
                    case BOOL -> putBool(r, o.bits[r] != 0);
                    case STRING -> putString(r, o.texts[r]);
                    default -> {
                    }
                }
            }
        }

        private void widen(ColumnType t) {
            type = type == null ? t : type.widen(t);
        }

        private long[] bits() {
            if (bits == null) {
                bits = new long[tags.length];
            }
            return bits;
        }
    }

    private final int size;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<String, Slot> byField = new HashMap<>();

    DiscoveredBatch(int size) {
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The slot of {@code field}, created on first use (first-seen order). */
    Slot slot(String field) {
        Slot s = byField.get(field);
        if (s == null) {
            s = new Slot(field, size);
            byField.put(field, s);
            slots.add(s);
        }
        return s;
    }

    /** The slot of {@code field}, or null when no event of the batch has it. */
    Slot find(String field) {
        return byField.get(field);
    }

    List<Slot> slots() {
        return slots;
    }

    /** Takes over rows {@code from..size} of {@code other}, a batch of the same size that discovered only those. */
    void merge(DiscoveredBatch other, int from) {
        for (Slot o : other.slots) {
            Slot s = byField.get(o.field);
            if (s == null) {
                byField.put(o.field, o);
                slots.add(o);
            } else {
                s.copyRows(o, from, size);
            }
        }
    }
}

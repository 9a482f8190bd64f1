package io.corroborate.importer.twitter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.corroborate.spi.ImportException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small tree for one record (a tweet, a user, a media object): maps, lists, strings, longs,
 * doubles, booleans and nulls. Only ever built for one record at a time, with a budget of values,
 * so a hostile record cannot fill the heap; its depth is bounded by the parser's constraints.
 */
final class Tree {
    /** Values one record may hold; a tweet has a few hundred. */
    static final int MAX_VALUES = 200_000;

    private Tree() {
    }

    /** A budget of values for one record, shared by the nested reads. */
    static final class Budget {
        private final String source;
        private int left = MAX_VALUES;

        Budget(String source) {
            this.source = source;
        }

        void spend(JsonParser p) throws ImportException {
            if (--left < 0) {
                throw new ImportException(ImportException.Category.LIMIT, source,
                        "byte " + p.currentTokenLocation().getByteOffset(), "a record holds more than " + MAX_VALUES + " values");
            }
        }
    }

    /** Reads the value that starts with token {@code t} (already current). */
    static Object read(JsonParser p, JsonToken t, Budget budget) throws IOException, ImportException {
        budget.spend(p);
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    map.put(key, read(p, p.nextToken(), budget));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(read(p, e, budget));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                JsonParser.NumberType type = p.getNumberType();
                return type == JsonParser.NumberType.BIG_INTEGER ? p.getText() : (Object) p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The value at a path of keys, or null. */
    static Object at(Object root, String... keys) {
        Object o = root;
        for (String k : keys) {
            Map<String, Object> m = map(o);
            if (m == null) {
                return null;
            }
            o = m.get(k);
        }
        return o;
    }

    static Map<String, Object> mapAt(Object root, String... keys) {
        return map(at(root, keys));
    }

    /** A string value (numbers written as text too), or null. */
    static String string(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Long l) {
            return l.toString();
        }
        return null;
    }

    static String stringAt(Object root, String... keys) {
        return string(at(root, keys));
    }

    /** A number, also one written as a string (the account archive writes every number as text), or NaN. */
    static double number(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof String s && !s.isEmpty() && s.length() < 40) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** A tweet, user or media id: digits only (as text or a number), or null. */
    static String id(Object o) {
        String s = string(o);
        if (s == null || s.isEmpty() || s.length() > 20) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return s;
    }
}

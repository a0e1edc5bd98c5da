package cn.gongkai.kiosk.feed;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads from a JSON object that fail with the field's name, so a county publisher learns
 * exactly which field of which record is wrong.
 */
final class JsonFields {
    private final JsonObject o;

    JsonFields(JsonObject o) {
        this.o = o;
    }

    static JsonFields of(JsonElement e, String what) {
        if (e == null || !e.isJsonObject()) {
            throw new IllegalArgumentException(what + ": expected a JSON object");
        }
        return new JsonFields(e.getAsJsonObject());
    }

    String string(String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            throw new IllegalArgumentException(field + ": expected text");
        }
        return e.getAsString();
    }

    String requiredString(String field) {
        String s = string(field);
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(field + ": missing");
        }
        return s;
    }

    boolean bool(String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return false;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new IllegalArgumentException(field + ": expected true or false");
        }
        return e.getAsBoolean();
    }

    long requiredLong(String field) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(field + ": expected a whole number");
        }
        try {
            return e.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException | NumberFormatException ex) {
            throw new IllegalArgumentException(field + ": expected a whole number, got " + e);
        }
    }

    /** Runs a conversion of one field's value, so its error names the field. */
    static <T> T field(String name, java.util.function.Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException ex) {
            String m = String.valueOf(ex.getMessage());
            throw new IllegalArgumentException(m.startsWith(name + ":") ? m : name + ": " + m, ex);
        }
    }

    /** Money as published: plain digits, at most 12 before the point and 4 after (no exponent). */
    BigDecimal decimal(String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return BigDecimal.ZERO;
        }
        String text = e.isJsonPrimitive() ? e.getAsString().strip() : "";
        if (!text.matches("-?\\d{1,12}(\\.\\d{1,4})?")) {
            throw new IllegalArgumentException(field + ": expected an amount like 1234.56 (at most 12 digits"
                    + " before the point and 4 after), got " + e);
        }
        return new BigDecimal(text);
    }

    LocalDate date(String field) {
        String s = string(field);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(field + ": expected a date as YYYY-MM-DD, got '" + s + "'");
        }
    }

    LocalDate requiredDate(String field) {
        LocalDate d = date(field);
        if (d == null) {
            throw new IllegalArgumentException(field + ": missing");
        }
        return d;
    }

    List<String> strings(String field) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array(field)) {
            if (!e.isJsonPrimitive()) {
                throw new IllegalArgumentException(field + ": expected a list of texts");
            }
            out.add(e.getAsString().strip());
        }
        return out;
    }

    JsonArray array(String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return new JsonArray();
        }
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException(field + ": expected a list");
        }
        return e.getAsJsonArray();
    }

    JsonObject raw() {
        return o;
    }

    JsonFields object(String field) {
        return of(o.get(field), field);
    }
}

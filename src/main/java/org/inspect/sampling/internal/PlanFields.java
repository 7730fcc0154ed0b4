package org.inspect.sampling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import org.inspect.error.BadInputException;
import org.inspect.sampling.Rates;

/**
 * The fields of one plan file read as text, numbers and rates, each error naming the file ({@code source}) and the
 * field; the plan's and the frame's readers build on it.
 */
abstract class PlanFields {

    final String source;

    PlanFields(String source) {
        this.source = source;
    }

    final BigDecimal rate(JsonNode node, String field) {
        try {
            return Rates.parse(node.isNumber() ? node.decimalValue().toPlainString() : node.asText(), field);
        } catch (BadInputException e) {
            throw new BadInputException(source + ": " + e.getMessage(), e);
        }
    }

    final BigDecimal openRate(JsonNode node, String field) {
        BigDecimal r = rate(node, field);
        if (r.signum() == 0 || r.compareTo(BigDecimal.ONE) == 0) {
            throw fail(field, Rates.percent(r) + " must lie strictly between 0 % and 100 %");
        }
        return r;
    }

    final int nonNegative(JsonNode node, String name, String field) {
        JsonNode v = node.get(name);
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 0) {
            throw fail(field + "." + name, "'" + v.asText() + "' must be a whole number, 0 or more");
        }
        return v.intValue();
    }

    final String text(JsonNode node, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw fail(name, "is missing");
            }
            return null;
        }
        return v.asText();
    }

    final Iterable<JsonNode> array(JsonNode node, String field) {
        if (!node.isArray()) {
            throw fail(field, "must be a JSON array");
        }
        return node;
    }

    final void onlyFields(JsonNode node, String field, String... allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!List.of(allowed).contains(f)) {
                throw fail(field.isEmpty() ? f : field + "." + f, "is not a field here; expected one of "
                        + List.of(allowed));
            }
        }
    }

    final BadInputException fail(String field, String message) {
        return new BadInputException(source + ": " + (field.isEmpty() ? "" : field + " ") + message);
    }
}

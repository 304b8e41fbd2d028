package org.operatorlab.ui.editor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Writes the form as problem-file JSON for {@code ProblemReader}. Typed values go in as the user typed
 * them: a number when the text is a number, otherwise the text as a JSON string, so the reader (not the
 * form) decides whether it is a valid expression or complains "expected a number, found the string ...".
 */
final class FormJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final JsonGenerator g;

    private FormJson(JsonGenerator g) {
        this.g = g;
    }

    /** The JSON text of one root object whose members {@code body} writes. */
    static String object(Consumer<FormJson> body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            FormJson json = new FormJson(g);
            g.writeStartObject();
            body.accept(json);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Opens member {@code key} as an object; close it with {@link #end()}. */
    FormJson object(String key) {
        return io(() -> g.writeObjectFieldStart(key));
    }

    /** Opens an object as an array element. */
    FormJson object() {
        return io(g::writeStartObject);
    }

    FormJson end() {
        return io(g::writeEndObject);
    }

    FormJson array(String key) {
        return io(() -> g.writeArrayFieldStart(key));
    }

    FormJson array() {
        return io(g::writeStartArray);
    }

    FormJson endArray() {
        return io(g::writeEndArray);
    }

    FormJson string(String key, String value) {
        return io(() -> g.writeStringField(key, value));
    }

    FormJson string(String value) {
        return io(() -> g.writeString(value));
    }

    FormJson bool(String key, boolean value) {
        return io(() -> g.writeBooleanField(key, value));
    }

    FormJson bool(boolean value) {
        return io(() -> g.writeBoolean(value));
    }

    /** Member {@code key} with a typed value: a number if the text is one, otherwise the text. */
    FormJson typed(String key, String text) {
        io(() -> g.writeFieldName(key));
        return typed(text);
    }

    /** A typed value as an array element. */
    FormJson typed(String text) {
        OptionalDouble number = NumberText.parse(text);
        if (number.isEmpty()) {
            return string(text == null ? "" : text.strip());
        }
        double v = number.getAsDouble();
        return io(() -> {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                g.writeNumber((long) v);
            } else {
                g.writeNumber(v);
            }
        });
    }

    private interface Write {
        void run() throws IOException;
    }

    private FormJson io(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}

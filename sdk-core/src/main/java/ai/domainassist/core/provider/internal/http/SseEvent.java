package ai.domainassist.core.provider.internal.http;

/**
 * One server-sent event: its {@code event:} name (or {@code null}) and its {@code data:} lines
 * joined with {@code \n}. Immutable.
 *
 * @param event the event name, or {@code null} when the server sent none
 * @param data the data
 */
public record SseEvent(String event, String data) {

    /** @return whether this is the OpenAI-style {@code [DONE]} terminator */
    public boolean isDone() {
        return "[DONE]".equals(data.strip());
    }
}

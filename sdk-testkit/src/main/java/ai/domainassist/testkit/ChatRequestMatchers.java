package ai.domainassist.testkit;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.Role;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Ready matchers for {@link ScriptedModelProvider#on}: which requests a rule answers. Combine them
 * with {@link Predicate#and} and {@link Predicate#or}. All are stateless and thread-safe.
 */
public final class ChatRequestMatchers {

    private ChatRequestMatchers() {
    }

    /**
     * @param text a piece of text
     * @return matches requests whose last user message contains it
     */
    public static Predicate<ChatRequest> userTextContains(String text) {
        Objects.requireNonNull(text, "text");
        return r -> {
            for (int i = r.messages().size() - 1; i >= 0; i--) {
                Message m = r.messages().get(i);
                if (m.role() == Role.USER) {
                    return m.text().contains(text);
                }
            }
            return false;
        };
    }

    /**
     * @param text a piece of text
     * @return matches requests whose system messages contain it (a prompt template's marker, say)
     */
    public static Predicate<ChatRequest> systemTextContains(String text) {
        Objects.requireNonNull(text, "text");
        return r -> r.messages().stream().anyMatch(m -> m.role() == Role.SYSTEM && m.text().contains(text));
    }

    /**
     * @param text a piece of text
     * @return matches requests with any message containing it
     */
    public static Predicate<ChatRequest> anyTextContains(String text) {
        Objects.requireNonNull(text, "text");
        return r -> r.messages().stream().anyMatch(m -> m.text().contains(text));
    }

    /**
     * @param model a model id
     * @return matches requests for that model
     */
    public static Predicate<ChatRequest> model(String model) {
        Objects.requireNonNull(model, "model");
        return r -> model.equals(r.model());
    }

    /**
     * @param task a task label
     * @return matches requests labelled with that task (see {@link ChatRequest.Options#task()})
     */
    public static Predicate<ChatRequest> task(String task) {
        Objects.requireNonNull(task, "task");
        return r -> task.equals(r.options().task());
    }

    /**
     * @param toolName a tool's name
     * @return matches requests that offer that tool
     */
    public static Predicate<ChatRequest> offersTool(String toolName) {
        Objects.requireNonNull(toolName, "toolName");
        return r -> r.tools().stream().anyMatch(t -> t.name().equals(toolName));
    }

    /** @return matches requests that carry a tool result (the turn after a tool call) */
    public static Predicate<ChatRequest> hasToolResult() {
        return r -> r.messages().stream().anyMatch(m -> m.role() == Role.TOOL);
    }

    /** @return matches requests that ask for structured output ({@code response_format} set) */
    public static Predicate<ChatRequest> wantsStructuredOutput() {
        return r -> r.responseFormat() != null;
    }

    /** @return matches every request */
    public static Predicate<ChatRequest> any() {
        return r -> true;
    }
}

package ai.domainassist.core.observe;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.internal.AuditScope;
import ai.domainassist.core.observe.internal.Listeners;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Tells {@link ModelCallListener}s when a helper's tasks start and end
 * ({@link ModelCallEvent.TaskStarted}, {@link ModelCallEvent.TaskEnded}): how the domain helpers
 * report a public method's run, so a tracer can put the task's model calls under it. For helper
 * authors; applications register listeners on the helpers' builders.
 *
 * <pre>{@code
 * private final TaskEvents events = TaskEvents.of(builder.listeners);
 * public Result<ClaimAssessment> assess(ClaimBundle bundle, InsurancePolicy policy) {
 *     return events.task("claims.assess", () -> assessInside(bundle, policy));
 * }
 * }</pre>
 *
 * <p>Thread-safe; with no listener wanting task events it publishes nothing, but {@link #task}
 * still gives the task its audit id.
 */
public final class TaskEvents {
    /** No listener: reports nothing. */
    public static final TaskEvents NONE = new TaskEvents(Listeners.NONE);

    private final Listeners listeners;

    private TaskEvents(Listeners listeners) {
        this.listeners = listeners;
    }

    /**
     * @param listeners the listeners, told in order
     * @return the task reporter ({@link #NONE} for an empty list)
     * @throws NullPointerException if the list or a listener is {@code null}
     */
    public static TaskEvents of(List<ModelCallListener> listeners) {
        return listeners.isEmpty() ? NONE : new TaskEvents(new Listeners(listeners));
    }

    /**
     * Starts a task: publishes {@link ModelCallEvent.TaskStarted} now, and
     * {@link ModelCallEvent.TaskEnded} when the returned task is ended. Call both on the same
     * thread, with the task's model calls in between.
     *
     * @param task the task's label: {@code <domain>.<method>}
     * @return the running task; end it exactly once
     * @throws NullPointerException if {@code task} is {@code null}
     */
    public Task start(String task) {
        Objects.requireNonNull(task, "task");
        boolean start = listeners.wants(ModelCallEvent.Kind.TASK_STARTED);
        boolean end = listeners.wants(ModelCallEvent.Kind.TASK_ENDED);
        if (!start && !end) {
            return Task.NOOP;
        }
        long id = Listeners.nextId();
        if (start) {
            listeners.publish(new ModelCallEvent.TaskStarted(id, task));
        }
        return new Task(end ? listeners : null, id, task, System.nanoTime());
    }

    /**
     * Runs a task between its start and end events ({@link #start} in one call), with an audit id
     * of its own: {@code <task>#<8 hex digits>}. Every model call the task makes on this thread
     * carries that id ({@code ChatRequest.Options.auditId}, and so {@code AuditRecord.auditId}),
     * and when the task called a model, its result's {@link Result#auditId()} is that id (unless
     * the body set one). A task that called no model keeps a result without an audit id.
     *
     * @param task the task's label: {@code <domain>.<method>}
     * @param body the task
     * @param <T> the result's value type
     * @return what {@code body} returned, with the audit id when a model was called
     * @throws RuntimeException whatever {@code body} throws, after the end event reported it
     */
    public <T> Result<T> task(String task, Supplier<Result<T>> body) {
        Task t = start(task);
        String auditId = task + "#" + String.format("%08x", ThreadLocalRandom.current().nextInt());
        try (AuditScope scope = AuditScope.open(auditId)) {
            Result<T> r = body.get();
            if (scope.modelCalled() && r.auditId().isEmpty()) {
                r = new Result<>(r.value(), r.flags(), r.mode(), r.usage(), auditId);
            }
            return t.end(r);
        } catch (RuntimeException e) {
            t.fail(e);
            throw e;
        }
    }

    /**
     * A task in progress, from {@link #start}. End it once, with {@link #end} or {@link #fail};
     * later calls are ignored. Not thread-safe: end it on the thread that started it.
     */
    public static final class Task {
        static final Task NOOP = new Task(null, 0, "", 0);
        private final Listeners listeners;
        private final long id;
        private final String label;
        private final long t0;
        private boolean ended;

        private Task(Listeners listeners, long id, String label, long t0) {
            this.listeners = listeners;
            this.id = id;
            this.label = label;
            this.t0 = t0;
        }

        /**
         * Ends the task with its result: publishes its mode, flags and audit id.
         *
         * @param result the task's result
         * @param <T> the result's value type
         * @return {@code result}, to return it in one statement
         */
        public <T> Result<T> end(Result<T> result) {
            if (listeners != null && !ended) {
                List<ReviewFlag.Kind> kinds = new ArrayList<>(result.flags().size());
                for (ReviewFlag f : result.flags()) {
                    kinds.add(f.kind());
                }
                listeners.publish(new ModelCallEvent.TaskEnded(id, label, result.mode(), kinds,
                        result.auditId().orElse(null), null, null, Duration.ofNanos(System.nanoTime() - t0)));
            }
            ended = true;
            return result;
        }

        /**
         * Ends the task with the error it throws: publishes its type.
         *
         * @param error what the task throws
         */
        public void fail(RuntimeException error) {
            if (listeners != null && !ended) {
                listeners.publish(new ModelCallEvent.TaskEnded(id, label, null, List.of(), null,
                        error.getClass().getSimpleName(), error instanceof ModelException me ? me : null,
                        Duration.ofNanos(System.nanoTime() - t0)));
            }
            ended = true;
        }
    }
}

package ai.domainassist.core.fakes;

import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stream handler that keeps every event. */
public final class RecordingHandler implements StreamHandler {
    private final List<StreamEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(StreamEvent event) {
        events.add(event);
    }

    public List<StreamEvent> events() {
        return List.copyOf(events);
    }

    public StreamEvent last() {
        return events.get(events.size() - 1);
    }

    public long terminalCount() {
        return events.stream().filter(e -> e instanceof StreamEvent.Completed || e instanceof StreamEvent.Failed).count();
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        events.stream().filter(StreamEvent.TextDelta.class::isInstance)
                .forEach(e -> sb.append(((StreamEvent.TextDelta) e).text()));
        return sb.toString();
    }
}

package ai.domainassist.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line (at DEBUG and above, with the messages of attached exceptions) from the
 * root logger while open, so a test can check what the SDK would log. Use in try-with-resources.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger sdk = (Logger) LoggerFactory.getLogger("ai.domainassist");
    private final Level rootLevel;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture() {
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        sdk.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    /** @return a capture that records from now until closed */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** @return the formatted lines so far, each with its exception chain's messages */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        synchronized (appender.list) {
            for (ILoggingEvent e : appender.list) {
                StringBuilder sb = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
                for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                    sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        root.setLevel(rootLevel);
    }
}

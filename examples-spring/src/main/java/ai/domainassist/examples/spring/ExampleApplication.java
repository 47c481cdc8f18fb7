package ai.domainassist.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A REST application on the SDK's Spring Boot starter: the helpers come from
 * {@code application.properties} ({@code domainassist.*}); without a model configured they run
 * offline. {@code POST /records}, {@code POST /claims/{id}/assessment}, {@code POST /documents/check};
 * health and Prometheus metrics under {@code /actuator}.
 */
@SpringBootApplication
public class ExampleApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments (for example {@code --domainassist.model.preset=deepseek})
     */
    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}

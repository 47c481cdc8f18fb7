package ai.domainassist.examples;

/**
 * One runnable example: a helper task on the bundled sample data.
 *
 * <p>Implementations are stateless; {@link #run(ExampleContext)} may be called from any thread.
 */
public interface Example {
    /** @return a short title, printed as the example's heading */
    String title();

    /**
     * Runs the example, printing to {@link ExampleContext#out()} and writing review reports
     * through {@link ExampleContext#report}.
     *
     * @param context where to print, the model (if any) and where reports go
     * @throws Exception if the example fails; {@link RunAll} reports it and goes on
     */
    void run(ExampleContext context) throws Exception;
}

package ai.domainassist.finance.registry;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * One process of the multi-process registry test: registers its share of a batch (claims
 * {@code i % workers == index}, in an order shuffled by its own seed) on {@code threads} threads
 * against a shared PostgreSQL, then writes each answer and its timing to a file.
 *
 * <p>Arguments: jdbcUrl batchSize seed workers index threads outFile.
 */
public final class RegistryWorker {
    private RegistryWorker() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        RegistryBatch batch = RegistryBatch.generate(Integer.parseInt(args[1]), Long.parseLong(args[2]));
        int workers = Integer.parseInt(args[3]);
        int index = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        List<RegistryBatch.Claim> mine = new ArrayList<>();
        for (int i = 0; i < batch.claims().size(); i++) {
            if (i % workers == index) {
                mine.add(batch.claims().get(i));
            }
        }
        Collections.shuffle(mine, new Random(System.nanoTime()));
        ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        try (HikariDataSource ds = PostgresServer.pool(url, threads); InvoiceRegistry r = InvoiceRegistry.jdbc(ds)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long t0 = System.currentTimeMillis();
            List<Future<?>> fs = new ArrayList<>();
            for (RegistryBatch.Claim c : mine) {
                fs.add(pool.submit(() -> {
                    for (int inv : c.invoices()) {
                        Registration reg = r.submit(c.id(), RegistryBatch.keys(inv), c.submittedAt());
                        lines.add(c.id() + "\t" + inv + "\t" + reg.earlier().map(Sighting::claimId).orElse("-") + "\t"
                                + reg.displaced().stream().map(Sighting::claimId).collect(Collectors.joining(",")));
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            long t1 = System.currentTimeMillis();
            pool.shutdown();
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[6]), StandardCharsets.UTF_8))) {
                w.println("# " + lines.size() + " " + t0 + " " + t1);
                lines.forEach(w::println);
            }
        }
    }
}

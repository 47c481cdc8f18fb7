package ai.domainassist.core.usage;

import ai.domainassist.core.chat.Usage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices per model, in one currency, for usage and cost totals and cost budgets.
 *
 * <p>A model is priced by its longest listed prefix, so {@code deepseek-chat} also prices a dated
 * variant {@code deepseek-chat-0324}. {@link #defaults()} reads the table shipped in
 * {@code ai/domainassist/core/usage/prices.tsv} (see its header for the source and date); vendors
 * change prices often, so override entries with {@link #with(String, ModelPrice)} or load your own
 * file with {@link #load(Path)}. Immutable and thread-safe.
 */
public final class PriceTable {
    private final Currency currency;
    private final Map<String, ModelPrice> prices;

    private PriceTable(Currency currency, Map<String, ModelPrice> prices) {
        this.currency = currency;
        this.prices = Map.copyOf(prices);
    }

    /** @return the shipped table */
    public static PriceTable defaults() {
        try (InputStream in = PriceTable.class.getResourceAsStream("/ai/domainassist/core/usage/prices.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource ai/domainassist/core/usage/prices.tsv");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "prices.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An empty table: every call is unpriced until prices are added.
     *
     * @param currency the currency prices will be in
     * @return the table
     */
    public static PriceTable empty(Currency currency) {
        return new PriceTable(Objects.requireNonNull(currency, "currency"), Map.of());
    }

    /**
     * Reads a table in the format of the shipped {@code prices.tsv}: comment lines starting with
     * {@code #}, one line {@code currency<TAB>CODE}, then {@code model<TAB>input<TAB>cachedInput<TAB>output}.
     *
     * @param file the file (UTF-8)
     * @return the table
     * @throws UncheckedIOException if it cannot be read
     * @throws IllegalArgumentException if a line is malformed (the message names the line)
     */
    public static PriceTable load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read price table " + file, e);
        }
    }

    private static PriceTable read(Reader reader, String name) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        Currency currency = null;
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (f[0].equals("currency") && f.length == 2) {
                    currency = Currency.getInstance(f[1].strip());
                } else if (f.length == 4) {
                    prices.put(f[0].strip(), new ModelPrice(new BigDecimal(f[1].strip()), new BigDecimal(f[2].strip()),
                            new BigDecimal(f[3].strip())));
                } else {
                    throw new IllegalArgumentException("expected 4 tab-separated fields");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + n + ": " + e.getMessage(), e);
            }
        }
        if (currency == null) {
            throw new IllegalArgumentException(name + " has no currency line");
        }
        return new PriceTable(currency, prices);
    }

    /**
     * A copy with one model's price set.
     *
     * @param modelPrefix the model id or id prefix
     * @param price its price
     * @return the new table
     */
    public PriceTable with(String modelPrefix, ModelPrice price) {
        Map<String, ModelPrice> copy = new LinkedHashMap<>(prices);
        copy.put(Objects.requireNonNull(modelPrefix, "modelPrefix"), Objects.requireNonNull(price, "price"));
        return new PriceTable(currency, copy);
    }

    /** @return the currency of every price */
    public Currency currency() {
        return currency;
    }

    /**
     * @param model a model id, or {@code null}
     * @return its price, by longest listed prefix
     */
    public Optional<ModelPrice> price(String model) {
        if (model == null) {
            return Optional.empty();
        }
        ModelPrice best = null;
        int bestLength = -1;
        for (Map.Entry<String, ModelPrice> e : prices.entrySet()) {
            if (model.startsWith(e.getKey()) && e.getKey().length() > bestLength) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param model the model
     * @param usage the tokens
     * @return the cost, if the model is priced
     */
    public Optional<BigDecimal> cost(String model, Usage usage) {
        return price(model).map(p -> p.cost(usage));
    }
}

package ai.domainassist.medical.rules.internal;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A character trie of short phrases with a payload each, for finding cue words without scanning
 * every cue at every position. Immutable and thread-safe once built.
 *
 * @param <T> the payload type
 */
public final class PhraseTrie<T> {
    static final class Node<T> extends CharTrieNode<Node<T>> {
        String phrase;
        T payload;

        @Override
        Node<T> newNode() {
            return new Node<>();
        }
    }

    /**
     * A phrase found.
     *
     * @param start where
     * @param end one past
     * @param phrase the phrase
     * @param payload its payload
     * @param <T> the payload type
     */
    public record Hit<T>(int start, int end, String phrase, T payload) {
    }

    private final Node<T> root = new Node<>();

    /** Freezes the trie; call after the last {@link #add}. */
    public PhraseTrie<T> freeze() {
        root.freeze();
        return this;
    }

    /**
     * Adds a phrase; a later payload for the same phrase replaces the earlier one.
     *
     * @param phrase the phrase (already folded)
     * @param payload its payload
     */
    public void add(String phrase, T payload) {
        Node<T> n = root;
        for (int i = 0; i < phrase.length(); i++) {
            n = n.childOrCreate(phrase.charAt(i));
        }
        n.phrase = phrase;
        n.payload = payload;
    }

    /**
     * The longest phrase starting at {@code at} and ending by {@code to}.
     *
     * @param s the text
     * @param at where
     * @param to the limit
     * @return the hit, or {@code null}
     */
    public Hit<T> longestAt(String s, int at, int to) {
        Node<T> n = root;
        Hit<T> best = null;
        for (int j = at; j < to; j++) {
            n = n.child(s.charAt(j));
            if (n == null) {
                break;
            }
            if (n.phrase != null) {
                best = new Hit<>(at, j + 1, n.phrase, n.payload);
            }
        }
        return best;
    }

    /**
     * Every phrase occurrence in {@code [from, to)}, overlapping ones included, in order of start.
     *
     * @param s the text
     * @param from start
     * @param to end
     * @param sink receives each phrase and its start
     */
    void forEach(String s, int from, int to, BiConsumer<Integer, Node<T>> sink) {
        for (int i = from; i < to; i++) {
            Node<T> n = root;
            for (int j = i; j < to; j++) {
                n = n.child(s.charAt(j));
                if (n == null) {
                    break;
                }
                if (n.phrase != null) {
                    sink.accept(i, n);
                }
            }
        }
    }

    /** Receives the phrases that start at one position. */
    @FunctionalInterface
    interface PhraseSink<T> {
        /**
         * @param end one past the phrase
         * @param phrase the phrase
         * @param payload its payload
         */
        void accept(int end, String phrase, T payload);
    }

    /**
     * Every phrase starting at {@code at}, shortest first.
     *
     * @param s the text
     * @param at where
     * @param to the limit
     * @param sink receives each phrase
     */
    void forEachFrom(String s, int at, int to, PhraseSink<T> sink) {
        Node<T> n = root;
        for (int j = at; j < to; j++) {
            n = n.child(s.charAt(j));
            if (n == null) {
                return;
            }
            if (n.phrase != null) {
                sink.accept(j + 1, n.phrase, n.payload);
            }
        }
    }

    /**
     * The payloads of every phrase occurrence in {@code [from, to)}.
     *
     * @param s the text
     * @param from start
     * @param to end
     * @param out receives the hits in order of start
     */
    void all(String s, int from, int to, List<Hit<T>> out) {
        forEach(s, from, to, (i, n) -> out.add(new Hit<>(i, i + n.phrase.length(), n.phrase, n.payload)));
    }
}

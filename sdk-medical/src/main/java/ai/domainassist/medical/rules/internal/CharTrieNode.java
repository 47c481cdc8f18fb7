package ai.domainassist.medical.rules.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node of a character trie: children kept in a map while building, then frozen into sorted
 * arrays searched by binary search, so lookups neither box characters nor allocate. Not
 * thread-safe while building; immutable and thread-safe once {@link #freeze()} has run.
 *
 * @param <N> the concrete node type
 */
abstract class CharTrieNode<N extends CharTrieNode<N>> {
    private Map<Character, N> building = new TreeMap<>();
    private char[] keys = new char[0];
    private Object[] children = new Object[0];

    /** @return a new child node */
    abstract N newNode();

    /**
     * The child for a character, created if absent (building only).
     *
     * @param c the character
     * @return the child
     */
    N childOrCreate(char c) {
        return building.computeIfAbsent(c, k -> newNode());
    }

    /**
     * The child for a character.
     *
     * @param c the character
     * @return the child, or {@code null}
     */
    @SuppressWarnings("unchecked")
    N child(char c) {
        int i = Arrays.binarySearch(keys, c);
        return i < 0 ? null : (N) children[i];
    }

    /** Freezes this node and its subtree. */
    void freeze() {
        if (building == null) {
            return;
        }
        keys = new char[building.size()];
        children = new Object[building.size()];
        int i = 0;
        for (Map.Entry<Character, N> e : building.entrySet()) {
            keys[i] = e.getKey();
            children[i] = e.getValue();
            e.getValue().freeze();
            i++;
        }
        building = null;
    }
}

package dlprep.algorithms.structures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Least-recently-used cache: a hash map from key to node for O(1) lookup, and a doubly linked list of the
 * nodes in order of use (most recent next to the head sentinel). A get or put moves its node to the front;
 * a put beyond capacity unlinks the node before the tail sentinel and removes its key. Every operation O(1).
 * (The JDK's {@code LinkedHashMap} in access order does the same; here the list is written out.)
 */
public final class LruCache<K, V> {

    private static final class Node<K, V> {
        K key;
        V value;
        Node<K, V> prev;
        Node<K, V> next;
    }

    private final int capacity;
    private final Map<K, Node<K, V>> index = new HashMap<>();
    private final Node<K, V> head = new Node<>();
    private final Node<K, V> tail = new Node<>();

    public LruCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("LruCache: capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        head.next = tail;
        tail.prev = head;
    }

    /** The value for key (now the most recently used), or null if absent. */
    public V get(K key) {
        Node<K, V> node = index.get(key);
        if (node == null) {
            return null;
        }
        moveToFront(node);
        return node.value;
    }

    /** Stores key -> value as the most recently used; evicts the least recently used key when full. */
    public void put(K key, V value) {
        Node<K, V> node = index.get(key);
        if (node != null) {
            node.value = value;
            moveToFront(node);
            return;
        }
        if (index.size() == capacity) {
            Node<K, V> last = tail.prev;
            unlink(last);
            index.remove(last.key);
        }
        node = new Node<>();
        node.key = key;
        node.value = value;
        index.put(key, node);
        linkFront(node);
    }

    public int size() {
        return index.size();
    }

    /** The keys from most to least recently used. */
    public List<K> keysByRecency() {
        List<K> keys = new ArrayList<>(index.size());
        for (Node<K, V> n = head.next; n != tail; n = n.next) {
            keys.add(n.key);
        }
        return keys;
    }

    private void moveToFront(Node<K, V> node) {
        unlink(node);
        linkFront(node);
    }

    private void unlink(Node<K, V> node) {
        node.prev.next = node.next;
        node.next.prev = node.prev;
    }

    private void linkFront(Node<K, V> node) {
        node.next = head.next;
        node.prev = head;
        head.next.prev = node;
        head.next = node;
    }
}

package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinStackTest {

    @Test
    void followsTheExample() {
        MinStack s = new MinStack();
        s.push(-2);
        s.push(0);
        s.push(-3);
        assertEquals(-3, s.getMin());
        s.pop();
        assertEquals(0, s.top());
        assertEquals(-2, s.getMin());
    }

    @Test
    void duplicateMinimaSurviveOnePop() {
        MinStack s = new MinStack();
        s.push(1);
        s.push(1);
        s.pop();
        assertEquals(1, s.getMin());
        // boxed values outside the Integer cache: == on Integer would fail here
        s.push(1000);
        s.push(-1000);
        s.push(-1000);
        s.pop();
        assertEquals(-1000, s.getMin());
    }

    @Test
    void emptyStackOperationsFailClearly() {
        MinStack s = new MinStack();
        var e = assertThrows(IllegalStateException.class, s::getMin);
        assertTrue(e.getMessage().contains("getMin"));
        assertThrows(IllegalStateException.class, s::pop);
        assertThrows(IllegalStateException.class, s::top);
    }

    @Test
    void agreesWithScanningAList() {
        Random random = new Random(155);
        MinStack s = new MinStack();
        List<Integer> model = new ArrayList<>();
        for (int t = 0; t < 3000; t++) {
            if (model.isEmpty() || random.nextInt(3) > 0) {
                int v = random.nextInt(7) - 3;
                s.push(v);
                model.add(v);
            } else {
                s.pop();
                model.remove(model.size() - 1);
            }
            if (!model.isEmpty()) {
                assertEquals(Collections.min(model), s.getMin());
                assertEquals(model.get(model.size() - 1), s.top());
            }
        }
    }
}

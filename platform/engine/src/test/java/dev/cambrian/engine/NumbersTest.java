package dev.cambrian.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void compactKeepsTheExponentWhole() {
        assertEquals("2", Numbers.compact(2));
        assertEquals("0.6667", Numbers.compact(2.0 / 3));
        assertEquals("0.5", Numbers.compact(0.5));
        assertEquals("2.128e+10", Numbers.compact(2.128e10), "trailing zeros of the exponent stay");
        assertEquals("2e+12", Numbers.compact(2e12));
        assertEquals("1.5e+14", Numbers.compact(1.5e14));
        assertEquals("-3", Numbers.compact(-3));
    }
}

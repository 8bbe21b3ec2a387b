package dev.cambrian.host;

/** How much of the heap is in use: the JVM's, or a stand-in for tests. */
interface Heap {
    Heap JVM = new Heap() {
        @Override
        public long usedBytes() {
            Runtime r = Runtime.getRuntime();
            return r.totalMemory() - r.freeMemory();
        }

        @Override
        public long maxBytes() {
            return Runtime.getRuntime().maxMemory();
        }
    };

    long usedBytes();

    /** The most the heap may grow to. */
    long maxBytes();
}

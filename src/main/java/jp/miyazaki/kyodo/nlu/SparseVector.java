package jp.miyazaki.kyodo.nlu;

/** Feature indices with their weights; indices are distinct. */
record SparseVector(int[] indices, float[] values) {
}

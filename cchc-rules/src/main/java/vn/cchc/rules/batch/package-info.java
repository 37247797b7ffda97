/**
 * Batches: many report files read, checked and rolled up on every core, with bounded memory, progress, and
 * results in the order of the files whatever the number of threads ({@link vn.cchc.rules.batch.Batch}).
 */
package vn.cchc.rules.batch;

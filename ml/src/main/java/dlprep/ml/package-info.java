/**
 * Classical machine learning written from scratch on {@code double[][]} feature matrices: the models a
 * reader meets in the machine-learning interview questions, each small enough to step through.
 */
package dlprep.ml;

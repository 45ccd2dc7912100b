/**
 * Clustering in the two families of the note: k-means for compact, centre-shaped clusters; agglomerative
 * clustering and spectral clustering for clusters defined by who is near whom.
 */
package dlprep.ml.cluster;

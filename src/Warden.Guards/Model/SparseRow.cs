namespace Warden.Guards.Model;

/// <summary>One example's features for training: distinct buckets in ascending order with their summed values.</summary>
internal sealed record SparseRow(int[] Buckets, float[] Values);

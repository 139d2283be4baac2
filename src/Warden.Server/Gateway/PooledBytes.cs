using System.Buffers;

namespace Warden.Server.Gateway;

/// <summary>Growing a body read into a buffer rented from the shared pool.</summary>
internal static class PooledBytes
{
    /// <summary>
    /// Returns a rented buffer twice the size of <paramref name="full"/> (but no larger than <paramref name="cap"/>)
    /// holding its first <paramref name="used"/> bytes, and gives <paramref name="full"/> back to the pool.
    /// </summary>
    public static byte[] Grow(byte[] full, int used, long cap)
    {
        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)full.Length * 2, cap));
        full.AsSpan(0, used).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(full);
        return bigger;
    }
}

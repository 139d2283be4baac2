using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Warden.Storage.Data;

/// <summary>
/// Stores instants as microseconds since the Unix epoch (UTC). SQLite cannot compare or order DateTimeOffset
/// text with different offsets; an integer orders and compares the same on both providers.
/// </summary>
internal sealed class UnixMicrosecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond,
    value => new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (value * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero))
{
    /// <summary>The stored value of an instant, for code that writes rows without EF.</summary>
    public static long ToMicroseconds(DateTimeOffset value) => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;
}

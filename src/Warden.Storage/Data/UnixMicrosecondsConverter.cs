using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Warden.Storage.Data;

/// <summary>
/// Stores instants as microseconds since the Unix epoch (UTC). SQLite cannot compare or order DateTimeOffset
/// text with different offsets; an integer orders and compares the same on both providers.
/// </summary>
internal sealed class UnixMicrosecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond,
    value => new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (value * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero));

using System.Net;

namespace Warden.Policy.Conditions;

/// <summary>An IPv4 or IPv6 network. IPv4-mapped IPv6 client addresses are matched as IPv4.</summary>
internal sealed class Cidr
{
    private readonly byte[] _network;
    private readonly int _prefix;

    private Cidr(string text, byte[] network, int prefix)
    {
        Text = text;
        _network = network;
        _prefix = prefix;
    }

    public string Text { get; }

    public static bool TryParse(string text, out Cidr? cidr, out string? error)
    {
        cidr = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (!IPAddress.TryParse(addressText, out var address) || addressText.Contains('%', StringComparison.Ordinal))
        {
            error = $"'{addressText}' is not an IP address";
            return false;
        }

        var bytes = address.GetAddressBytes();
        var max = bytes.Length * 8;
        var prefix = max;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out prefix) || prefix > max))
        {
            error = $"the prefix length after '/' must be 0 to {max}";
            return false;
        }

        for (var bit = prefix; bit < max; bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
            {
                error = $"'{text}' has host bits set; write the network address";
                return false;
            }
        }

        error = null;
        cidr = new Cidr(text, bytes, prefix);
        return true;
    }

    public bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6 && _network.Length == 4)
        {
            address = address.MapToIPv4();
        }

        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var written) || written != _network.Length)
        {
            return false;
        }

        var full = _prefix / 8;
        if (!bytes[..full].SequenceEqual(_network.AsSpan(0, full)))
        {
            return false;
        }

        var rest = _prefix % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (bytes[full] & mask) == (_network[full] & mask);
    }
}

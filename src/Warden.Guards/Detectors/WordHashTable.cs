namespace Warden.Guards.Detectors;

/// <summary>
/// Words keyed by their 64-bit FNV-1a hash (<see cref="Offset"/>, <see cref="Prime"/>; callers may hash the characters
/// as they read them), looked up by open addressing (0 = empty; a zero hash is not expected), load factor ≤ 1/4. With a
/// few hundred words a false match is vanishingly unlikely. Shared by <see cref="HarmTermIndex"/> and <see cref="HarmRoles"/>.
/// </summary>
internal sealed class WordHashTable
{
    public const ulong Offset = 14695981039346656037;
    public const ulong Prime = 1099511628211;

    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public WordHashTable(int count)
    {
        var size = 16;
        while (size < count * 4)
        {
            size *= 2;
        }

        _keys = new ulong[size];
        _values = new int[size];
        _mask = size - 1;
    }

    /// <summary>The FNV-1a hash of <paramref name="word"/>'s characters.</summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        var h = Offset;
        foreach (var c in word)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    public void Add(ulong key, int value)
    {
        var slot = (int)(key >> 3) & _mask;
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        _values[slot] = value;
    }

    public bool TryGet(ulong key, out int value)
    {
        var slot = (int)(key >> 3) & _mask;
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                value = _values[slot];
                return true;
            }

            if (k == 0)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }
}

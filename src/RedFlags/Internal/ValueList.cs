using System;
using System.Collections;
using System.Collections.Generic;

namespace RedFlags.Internal;

/// <summary>
/// An immutable list with value equality, so that records holding lists compare by content
/// (arrays and ImmutableArray compare by reference, which would make two identical presentations unequal).
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>Copies <paramref name="items"/>; throws when it or any element is null.</summary>
    public static ValueList<T> From(IEnumerable<T>? items, string parameterName)
    {
        if (items is null)
        {
            throw new ArgumentNullException(parameterName, $"'{parameterName}' must not be null; use an empty list.");
        }

        if (items is ValueList<T> already)
        {
            return already;
        }

        var copy = new List<T>(items);
        for (var i = 0; i < copy.Count; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentException($"'{parameterName}' must not contain null (item {i}).", parameterName);
            }
        }

        return copy.Count == 0 ? Empty : new ValueList<T>(copy.ToArray());
    }

    /// <summary>Wraps an array the caller gives up; no copy.</summary>
    public static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var comparer = EqualityComparer<T>.Default;
        var hash = 17;
        foreach (var item in _items)
        {
            hash = unchecked((hash * 31) + comparer.GetHashCode(item!));
        }

        return hash;
    }

    public override string ToString() => $"[{string.Join(", ", _items)}]";

    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        public readonly T Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }
}

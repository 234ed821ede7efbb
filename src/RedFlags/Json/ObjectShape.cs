using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace RedFlags.Json;

/// <summary>
/// A strict record: known properties only (names are case-sensitive), each at most once, required properties present,
/// every problem reported. The members and their order are those of the generated contract; the record is built once,
/// at the end, by its generated builder (<see cref="RecordBuilders"/>).
/// </summary>
internal sealed class ObjectShape : JsonShape
{
    private readonly Func<object?[], object> _build;
    private Member[] _members = Array.Empty<Member>();
    private object? _fallback;

    public ObjectShape(Type type, Func<object?[], object> build)
    {
        Type = type;
        _build = build;
    }

    public Type Type { get; }

    public override object? Fallback => _fallback;

    /// <summary>Gets the JSON names of the members, in declaration order.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            foreach (var member in _members)
            {
                yield return member.Name;
            }
        }
    }

    /// <summary>Sets the members once, after the shape is registered, so that a record can contain itself.</summary>
    public void Define(Member[] members)
    {
        _members = members;
        _fallback = Build(NewValues());
    }

    public override object? Read(ref Utf8JsonReader reader, StrictReader context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return context.WrongType(ref reader, "an object", this);
        }

        context.Enter(ref reader);
        var start = reader.TokenStartIndex;
        var values = NewValues();
        HashSet<string>? unknown = null;
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = Match(ref reader, context, next);
            if (index < 0 && context.IsSchemaReference(ref reader))
            {
                // An editor's "$schema" names the schema the document follows; it is not part of the document.
                reader.Read();
                context.Skip(ref reader);
                continue;
            }

            if (index < 0)
            {
                var name = context.GetString(ref reader);
                var nameStart = reader.TokenStartIndex;
                unknown ??= new HashSet<string>(StringComparer.Ordinal);
                if (unknown.Add(name))
                {
                    context.Error(ErrorCodes.JsonUnknownProperty, context.ChildPath(name), nameStart, name, UnknownMessage(name));
                }
                else
                {
                    Duplicate(context, name, nameStart);
                }

                reader.Read();
                context.Skip(ref reader);
                continue;
            }

            var member = _members[index];
            var memberStart = reader.TokenStartIndex;
            reader.Read();
            if (!ReferenceEquals(values[index], Missing))
            {
                Duplicate(context, member.Name, memberStart);
                context.Skip(ref reader);
                continue;
            }

            context.PushName(member.Name);
            values[index] = member.Shape.Read(ref reader, context);
            context.Pop();
            next = index + 1;
        }

        for (var i = 0; i < _members.Length; i++)
        {
            if (_members[i].Required && ReferenceEquals(values[i], Missing))
            {
                context.Error(ErrorCodes.JsonMissingProperty, context.ChildPath(_members[i].Name), start, null, $"The required property '{_members[i].Name}' is missing.");
            }
        }

        return Build(values);
    }

    private static void Duplicate(StrictReader context, string name, long nameStart)
        => context.Error(ErrorCodes.JsonDuplicateProperty, context.ChildPath(name), nameStart, name, $"The property '{name}' appears more than once in the same object.");

    private object?[] NewValues()
    {
        var values = new object?[_members.Length];
        values.AsSpan().Fill(Missing);
        return values;
    }

    private object Build(object?[] values) => _build(values);

    // Documents usually list properties in declaration order, so the member after the last one read is tried first.
    // Comparing the name's bytes (length first) is several times cheaper than asking the reader to compare each
    // candidate, and a presentation names a few of a section's many members.
    private int Match(ref Utf8JsonReader reader, StrictReader context, int next) => Match(context.Utf8Text(ref reader), next);

    private int Match(ReadOnlySpan<byte> name, int next)
    {
        for (var i = next; i < _members.Length; i++)
        {
            if (name.SequenceEqual(_members[i].Utf8Name))
            {
                return i;
            }
        }

        for (var i = 0; i < next && i < _members.Length; i++)
        {
            if (name.SequenceEqual(_members[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }

    private string UnknownMessage(string name)
    {
        foreach (var member in _members)
        {
            if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return $"Unknown property '{name}'. Names are case-sensitive: did you mean '{member.Name}'?";
            }
        }

        return $"Unknown property '{name}'. Expected one of: {string.Join(", ", Names)}.";
    }

    /// <summary>One property of a record: its JSON name, its shape and whether a document must give it.</summary>
    internal sealed class Member
    {
        public Member(string name, JsonShape shape, bool required)
        {
            Name = name;
            Utf8Name = Encoding.UTF8.GetBytes(name);
            Shape = shape;
            Required = required;
        }

        public string Name { get; }

        public byte[] Utf8Name { get; }

        public JsonShape Shape { get; }

        public bool Required { get; }
    }
}

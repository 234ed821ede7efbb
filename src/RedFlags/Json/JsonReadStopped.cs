using System;

namespace RedFlags.Json;

/// <summary>Thrown inside a read, after its problem is reported, when nothing after that point can be trusted (a nesting
/// deeper than the limit, an invalid escape); the read returns no value.</summary>
internal sealed class JsonReadStopped : Exception
{
}


namespace RedFlags.Fuzz;

/// <summary>An input was rejected, but not the documented way: AFL++ records it as a crash.</summary>
internal sealed class FuzzInvariantException : Exception
{
    public FuzzInvariantException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

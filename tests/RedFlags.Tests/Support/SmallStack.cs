namespace RedFlags.Tests.Support;

/// <summary>Runs work on a thread with a small stack. A stack overflow cannot be caught: it ends the test process, so a
/// test that recurses on input depth fails loudly instead of passing by luck on a large default stack.</summary>
internal static class SmallStack
{
    public const int Bytes = 256 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            Bytes);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("The work failed on the small stack: " + failure.Message, failure);
    }

    /// <summary>Runs work that is expected to throw <typeparamref name="TException"/> and returns the exception.</summary>
    public static TException Throws<TException>(Action work)
        where TException : Exception
        => Run(() =>
        {
            try
            {
                work();
            }
            catch (TException expected)
            {
                return expected;
            }

            throw new InvalidOperationException($"Expected {typeof(TException).Name}, but nothing was thrown.");
        });
}

using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace RedFlags.Cli.Batch;

/// <summary>
/// Turns SIGINT and SIGTERM into a request to stop reading, so that a batch can finish the lines in flight, write whole
/// records only, report what it did and exit with <see cref="ExitCodes.Interrupted"/> or
/// <see cref="ExitCodes.Terminated"/>, instead of the runtime ending the process mid-record.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal;

    public StopSignals()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The first signal received, or null.</summary>
    public PosixSignal? Received => _signal == 0 ? null : (PosixSignal)_signal;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        // Keep the process alive: the batch stops by itself once the lines in flight are written.
        context.Cancel = true;
        Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0);
        _stop.Cancel();
    }
}

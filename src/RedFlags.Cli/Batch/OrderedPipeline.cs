using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace RedFlags.Cli.Batch;

/// <summary>
/// An ordered parallel pipeline: one reader, one worker per core, one writer. Items enter two bounded channels (a work
/// queue and an in-order queue of the same items), so memory stays constant however long the input is, every core is
/// used, and results leave in input order.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>
    /// Runs <paramref name="work"/> over every item of <paramref name="source"/> and hands the results to
    /// <paramref name="write"/> in source order. A source that ends early (a cancelled run stops reading) still has
    /// every item it gave worked and written, so the output ends on a whole record.
    /// </summary>
    /// <param name="source">The items; reading them happens on one task.</param>
    /// <param name="work">The work per item, run on <paramref name="workers"/> tasks at once; it must not throw.</param>
    /// <param name="write">Called once per item, in source order, on one task.</param>
    /// <param name="workers">How many items are worked at once.</param>
    /// <param name="abort">Stops everything at once: a write failed, nothing more can be written.</param>
    public static async Task RunAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, TOut> work, Func<TOut, ValueTask> write, int workers, CancellationToken abort)
    {
        workers = Math.Max(1, workers);
        var window = Math.Max(256, workers * 64);
        var inOrder = Channel.CreateBounded<WorkItem<TIn, TOut>>(new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });
        var queue = Channel.CreateBounded<WorkItem<TIn, TOut>>(new BoundedChannelOptions(window) { SingleReader = false, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(abort);

        var reader = Task.Run(() => ReadAsync(source, inOrder.Writer, queue.Writer, stop.Token), stop.Token);
        var workerTasks = Enumerable.Range(0, workers)
            .Select(_ => Task.Run(() => WorkAsync(queue.Reader, work, stop.Token), stop.Token))
            .ToArray();

        try
        {
            await foreach (var item in inOrder.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await write(await item.Result.ConfigureAwait(false)).ConfigureAwait(false);
            }

            await reader.ConfigureAwait(false);
            await Task.WhenAll(workerTasks).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ReadAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, ChannelWriter<WorkItem<TIn, TOut>> inOrder, ChannelWriter<WorkItem<TIn, TOut>> queue, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var input in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var item = new WorkItem<TIn, TOut>(input);
                await inOrder.WriteAsync(item, cancellationToken).ConfigureAwait(false);
                await queue.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }

            inOrder.TryComplete();
            queue.TryComplete();
        }
        catch (Exception exception)
        {
            inOrder.TryComplete(exception);
            queue.TryComplete(exception);
            throw;
        }
    }

    private static async Task WorkAsync<TIn, TOut>(ChannelReader<WorkItem<TIn, TOut>> queue, Func<TIn, TOut> work, CancellationToken cancellationToken)
    {
        await foreach (var item in queue.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            item.Complete(work(item.Input));
        }
    }

    private sealed class WorkItem<TIn, TOut>
    {
        private readonly TaskCompletionSource<TOut> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public WorkItem(TIn input) => Input = input;

        public TIn Input { get; }

        public Task<TOut> Result => _result.Task;

        public void Complete(TOut result) => _result.SetResult(result);
    }
}

using System.Threading;
using System.Threading.Tasks;

namespace RedFlags.CdsHooks;

/// <summary>
/// Receives the feedback EHRs send about RedFlags cards (<c>POST /cds-services/{id}/feedback</c>), for a host to store
/// it. Register implementations in the service collection; every one receives every item. The service logs and counts
/// feedback whether or not a sink is registered.
/// </summary>
public interface IRedFlagsFeedbackSink
{
    /// <summary>Stores one feedback item.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    /// <returns>A task that completes when the item is stored.</returns>
    Task RecordAsync(RedFlagsFeedback feedback, CancellationToken cancellationToken);
}

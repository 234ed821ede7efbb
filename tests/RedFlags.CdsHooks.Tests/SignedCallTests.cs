using System.Text.Json.Nodes;

namespace RedFlags.CdsHooks.Tests;

/// <summary>
/// The set-up most test classes share: an EHR's keys, the service on loopback trusting them, and a call signed for the
/// endpoint it goes to.
/// </summary>
public abstract class SignedCallTests : IAsyncLifetime, IDisposable
{
    private protected EhrSigner Signer { get; } = new();

    private protected LoopbackServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await StartAsync();

    public virtual async Task DisposeAsync() => await Server.DisposeAsync();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the service; by default trusting the signer's keys as configured JSON Web Keys.</summary>
    private protected virtual Task<LoopbackServer> StartAsync() => ServiceHost.StartTrustingAsync(Signer);

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Signer.Dispose();
        }
    }

    /// <summary>Posts to <c>cds-services/{path}</c> with a fresh token whose audience is that endpoint.</summary>
    protected Task<HttpResponseMessage> PostSignedAsync(string path, JsonObject body) =>
        ServiceHost.PostAsync(Server, path, body, Signer.Token(ServiceHost.Audience(Server, path)));
}

namespace RedFlags.CdsHooks;

/// <summary>The identifiers of the services in the discovery response (<c>/cds-services/{id}</c>).</summary>
public static class CdsHooksServiceIds
{
    /// <summary>Red-flag screening of the patient in context, on <c>patient-view</c>.</summary>
    public const string PatientView = "redflags-patient-view";

    /// <summary>Spine imaging orders checked against the red flags when the clinician selects them, on <c>order-select</c>.</summary>
    public const string OrderSelect = "redflags-order-select";

    /// <summary>Spine imaging orders checked against the red flags before they are signed, on <c>order-sign</c>.</summary>
    public const string OrderSign = "redflags-order-sign";
}

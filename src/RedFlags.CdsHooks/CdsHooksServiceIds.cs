namespace RedFlags.CdsHooks;

/// <summary>The identifiers of the services in the discovery response (<c>/cds-services/{id}</c>).</summary>
public static class CdsHooksServiceIds
{
    /// <summary>Red-flag screening of the patient in context, on <c>patient-view</c>.</summary>
    public const string PatientView = "redflags-patient-view";
}

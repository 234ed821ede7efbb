using System;
using System.Collections.Generic;

namespace RedFlags.Internal;

/// <summary>
/// Tells the <see cref="RuleSetMonitor"/> of a name that options of that name failed validation. When changed options
/// are invalid, <c>IOptionsMonitor</c> throws before its change listeners run, so the monitor hears of the failure here,
/// from the validator, and logs it while the rule set in use stays.
/// </summary>
internal sealed class OptionsValidationEvents
{
    public event Action<string, IReadOnlyList<string>>? Invalid;

    public void ReportInvalid(string name, IReadOnlyList<string> failures) => Invalid?.Invoke(name, failures);
}

namespace HttpMonitor.Ui;

/// <summary>Why the rules dialog cannot apply: the sentence shown, and the field to put the cursor in.</summary>
/// <param name="Rule">The rule's place in the list, or -1 for a field that is not a rule's.</param>
internal sealed record RuleProblem(string Message, int Rule, RuleField Field);

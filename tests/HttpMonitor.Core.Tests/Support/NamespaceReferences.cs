using System.Reflection;
using System.Reflection.Emit;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// The namespaces the compiled code of one namespace refers to: base types, interfaces, fields,
/// signatures, and every type, method and field named in its method bodies (lambdas and async
/// methods included: the compiler nests their types in the same namespace).
/// </summary>
public static class NamespaceReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<ushort, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => (ushort)o.Value);

    public static IReadOnlySet<string> Of(Assembly assembly, string ns)
    {
        var found = new HashSet<string>();
        foreach (var type in assembly.GetTypes().Where(t => t.Namespace == ns))
        {
            Add(found, type.BaseType);
            Array.ForEach(type.GetInterfaces(), i => Add(found, i));
            foreach (var member in type.GetMembers(Declared))
            {
                switch (member)
                {
                    case FieldInfo field:
                        Add(found, field.FieldType);
                        break;
                    case PropertyInfo property:
                        Add(found, property.PropertyType);
                        break;
                    case MethodBase method:
                        AddMethod(found, method);
                        AddBody(found, method);
                        break;
                }
            }
        }

        found.Remove(ns);
        return found;
    }

    private static void AddMethod(HashSet<string> found, MethodBase method)
    {
        Add(found, method.DeclaringType);
        Array.ForEach(method.GetParameters(), p => Add(found, p.ParameterType));
        if (method is MethodInfo info)
        {
            Add(found, info.ReturnType);
        }
    }

    private static void AddBody(HashSet<string> found, MethodBase method)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (int i = 0; il is not null && i < il.Length;)
        {
            var op = il[i] == 0xFE ? OpCodesByValue[(ushort)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += op.Size;
            if (op.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                switch (member)
                {
                    case Type type:
                        Add(found, type);
                        break;
                    case FieldInfo field:
                        Add(found, field.DeclaringType);
                        Add(found, field.FieldType);
                        break;
                    case MethodBase called:
                        AddMethod(found, called);
                        break;
                }
            }

            i += OperandSize(op.OperandType, il, i);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private static void Add(HashSet<string> found, Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
            return;
        }

        if (type.Namespace is { } ns)
        {
            found.Add(ns);
        }

        if (type.IsGenericType)
        {
            Array.ForEach(type.GetGenericArguments(), a => Add(found, a));
        }
    }
}

using System.Reflection;
using System.Reflection.Emit;

namespace KipuHub.FakeServer.Tests.Architecture;

/// <summary>
/// The types a type uses: in its signatures (base type, interfaces, fields, properties, parameters, return types)
/// and in its method bodies (every member a call, field access, <c>new</c> or <c>typeof</c> names), nested compiler-made
/// types (lambdas, iterators) included. Read from the IL, so a use inside a method body cannot hide.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> s_opCodes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Collect(type, found);
        return found;
    }

    private static void Collect(Type type, HashSet<Type> found)
    {
        Add(type.BaseType, found);
        foreach (var item in type.GetInterfaces())
        {
            Add(item, found);
        }
        foreach (var field in type.GetFields(All))
        {
            Add(field.FieldType, found);
        }
        foreach (var property in type.GetProperties(All))
        {
            Add(property.PropertyType, found);
        }
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType, found);
            }
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType, found);
            }
            foreach (var used in InBody(method))
            {
                Add(used, found);
            }
        }
        foreach (var nested in type.GetNestedTypes(All))
        {
            Collect(nested, found);
        }
    }

    private static void Add(Type? type, HashSet<Type> found)
    {
        if (type is null || !found.Add(type))
        {
            return;
        }
        if (type.HasElementType)
        {
            Add(type.GetElementType(), found);
        }
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Add(argument, found);
            }
        }
    }

    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = (short)il[i++];
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il[i++]);
            }
            var opCode = s_opCodes[code];
            if (opCode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                switch (member)
                {
                    case Type used:
                        yield return used;
                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        if (called is MethodInfo { ReturnType: var returned })
                        {
                            yield return returned;
                        }
                        break;
                }
            }
            i += OperandSize(opCode, il, i);
        }
    }

    private static int OperandSize(OpCode opCode, byte[] il, int at) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}

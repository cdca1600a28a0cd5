package org.eventline.graph;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds Cypher built from strings: every query handed to Neo4j (the first argument of the driver's
 * {@code run}, of {@code new Query}, of the embedded API's {@code execute} and
 * {@code executeTransactionally}, of the loader's {@code WriteTransaction.run}) is traced back through variables, fields, parameters and their callers
 * to where it comes from. A query may be made of string constants and text blocks, and of the bundled
 * Cypher files; anything else (a concatenation with a value, {@code format}, {@code formatted},
 * {@code replace}, a builder, input) is a finding. Uses the JDK's own compiler to resolve every name.
 */
final class CypherScan {

    /** Methods whose result is as constant as their arguments: the bundled Cypher files, collections of constants. */
    private static final Set<String> PURE = Set.of("org.eventline.graph.Graph.cypherResource",
            "org.eventline.graph.Schema.statements", "org.eventline.timeline.Queries.load", "java.util.List.of", "java.util.Set.of", "java.util.Arrays.asList");

    /** Where a value comes from: a place in the sources, the expression, and the class it is in. */
    record Origin(String where, String expression, String className) {
        @Override
        public String toString() {
            return where + " `" + expression + "`";
        }
    }

    /** A query that is not a constant: where it is handed to Neo4j, and where it comes from. */
    record Finding(String sink, Origin origin) {
        @Override
        public String toString() {
            return sink + ": the query comes from " + origin;
        }
    }

    private final Trees trees;
    private final List<TreePath> sinks = new ArrayList<>();
    private final Map<Element, List<TreePath>> calls = new HashMap<>();
    private final Map<Element, TreePath> declarations = new HashMap<>();
    private final Map<Element, List<TreePath>> assignments = new HashMap<>();
    private final Map<Element, TreePath> loops = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private CypherScan(JavacTask task, Iterable<? extends CompilationUnitTree> units) {
        this.trees = Trees.instance(task);
        for (CompilationUnitTree unit : units) {
            new Collector().scan(unit, null);
        }
        for (TreePath sink : sinks) {
            List<? extends ExpressionTree> args = arguments(sink.getLeaf());
            if (!args.isEmpty()) {
                Origin origin = untrusted(new TreePath(sink, args.get(0)), new HashSet<>());
                if (origin != null) {
                    findings.add(new Finding(where(sink), origin));
                }
            }
        }
    }

    /** Scans Java sources, compiled against the given class path. */
    static List<Finding> scan(List<Path> sources, String classPath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, files, diagnostics,
                    List.of("-proc:none", "-classpath", classPath), null, files.getJavaFileObjectsFromPaths(sources));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    throw new IllegalStateException("cannot compile the sources to scan: " + d);
                }
            }
            return new CypherScan(task, units).findings;
        }
    }

    /** The Java files under a folder. */
    static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static boolean isSink(Element e) {
        if (!(e instanceof ExecutableElement m) || m.getParameters().isEmpty()) {
            return false;
        }
        String type = ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString();
        String name = m.getSimpleName().toString();
        return type.startsWith("org.neo4j.driver.") && (name.equals("run") || type.equals("org.neo4j.driver.Query")
                && m.getKind() == ElementKind.CONSTRUCTOR)
                || type.startsWith("org.neo4j.graphdb.") && (name.equals("execute") || name.equals("executeTransactionally"))
                || type.equals(WRITE_TRANSACTION) && name.equals("run");
    }

    /**
     * The loader's statements reach Neo4j through {@code WriteTransaction.run}: every call of it is a sink,
     * so the statement parameter of its implementations (lambdas handing it to the driver or the
     * embedded API) holds whatever those calls were checked to pass.
     */
    private static final String WRITE_TRANSACTION = "org.eventline.graph.WriteTransaction";

    private boolean isWriteTransactionStatement(VariableElement v) {
        TreePath declaration = declarations.get(v);
        if (declaration == null || !(declaration.getParentPath().getLeaf() instanceof LambdaExpressionTree lambda)) {
            return false;
        }
        var type = trees.getTypeMirror(declaration.getParentPath());
        return type != null && type.toString().equals(WRITE_TRANSACTION)
                && lambda.getParameters().indexOf((VariableTree) declaration.getLeaf()) == 0;
    }

    /** Null when the expression is made of constants only; else where the rest comes from. */
    private Origin untrusted(TreePath path, Set<Element> visiting) {
        Tree t = path.getLeaf();
        switch (t.getKind()) {
            case STRING_LITERAL, NULL_LITERAL -> {
                return null;
            }
            case PARENTHESIZED -> {
                return untrusted(new TreePath(path, ((ParenthesizedTree) t).getExpression()), visiting);
            }
            case TYPE_CAST -> {
                return untrusted(new TreePath(path, ((TypeCastTree) t).getExpression()), visiting);
            }
            case PLUS -> {
                BinaryTree b = (BinaryTree) t;
                Origin left = untrusted(new TreePath(path, b.getLeftOperand()), visiting);
                return left != null ? left : untrusted(new TreePath(path, b.getRightOperand()), visiting);
            }
            case CONDITIONAL_EXPRESSION -> {
                ConditionalExpressionTree c = (ConditionalExpressionTree) t;
                Origin yes = untrusted(new TreePath(path, c.getTrueExpression()), visiting);
                return yes != null ? yes : untrusted(new TreePath(path, c.getFalseExpression()), visiting);
            }
            case NEW_CLASS -> {
                // new Query(text, parameters) is a sink of its own, checked there
                Element made = trees.getElement(path);
                return made != null && isSink(made) ? null : found(path);
            }
            case IDENTIFIER, MEMBER_SELECT -> {
                return variable(path, trees.getElement(path), visiting);
            }
            case METHOD_INVOCATION -> {
                Element m = trees.getElement(path);
                if (m instanceof ExecutableElement && PURE.contains(qualified(m))) {
                    for (ExpressionTree arg : ((MethodInvocationTree) t).getArguments()) {
                        Origin origin = untrusted(new TreePath(path, arg), visiting);
                        if (origin != null) {
                            return origin;
                        }
                    }
                    return null;
                }
                return found(path);
            }
            default -> {
                return found(path);
            }
        }
    }

    private Origin variable(TreePath use, Element e, Set<Element> visiting) {
        if (!(e instanceof VariableElement v)) {
            return found(use);
        }
        if (v.getConstantValue() != null || !visiting.add(v)) {
            return null;
        }
        switch (v.getKind()) {
            case FIELD, LOCAL_VARIABLE, RESOURCE_VARIABLE -> {
                boolean field = v.getKind() == ElementKind.FIELD;
                if (field && !v.getModifiers().contains(Modifier.FINAL)) {
                    return found(use);
                }
                TreePath loop = loops.get(v);
                if (loop != null) {
                    return untrusted(new TreePath(loop, ((EnhancedForLoopTree) loop.getLeaf()).getExpression()), visiting);
                }
                TreePath declaration = declarations.get(v);
                if (declaration == null) {
                    return found(use);  // a field of a library
                }
                ExpressionTree init = ((VariableTree) declaration.getLeaf()).getInitializer();
                Origin origin = init == null ? null : untrusted(new TreePath(declaration, init), visiting);
                for (TreePath assigned : assignments.getOrDefault(v, List.of())) {
                    origin = origin != null ? origin : untrusted(new TreePath(assigned, assignedValue(assigned.getLeaf())), visiting);
                }
                return origin;
            }
            case PARAMETER -> {
                Element owner = v.getEnclosingElement();
                int index = owner instanceof ExecutableElement m ? m.getParameters().indexOf(v) : -1;
                if (index < 0 && isWriteTransactionStatement(v)) {
                    return null;
                }
                List<TreePath> callers = calls.getOrDefault(owner, List.of());
                if (index < 0 || callers.isEmpty()) {
                    return found(use);
                }
                for (TreePath call : callers) {
                    List<? extends ExpressionTree> args = arguments(call.getLeaf());
                    if (index < args.size()) {
                        Origin origin = untrusted(new TreePath(call, args.get(index)), visiting);
                        if (origin != null) {
                            return origin;
                        }
                    }
                }
                return null;
            }
            default -> {
                return found(use);
            }
        }
    }

    private Origin found(TreePath path) {
        return new Origin(where(path), path.getLeaf().toString(), enclosingClass(path));
    }

    private static ExpressionTree assignedValue(Tree assignment) {
        return assignment instanceof AssignmentTree a ? a.getExpression() : ((CompoundAssignmentTree) assignment).getExpression();
    }

    private String where(TreePath path) {
        CompilationUnitTree unit = path.getCompilationUnit();
        long line = unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, path.getLeaf()));
        return Path.of(unit.getSourceFile().getName()).getFileName() + ":" + line;
    }

    private static String enclosingClass(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof ClassTree c) {
                String pkg = String.valueOf(p.getCompilationUnit().getPackageName());
                return pkg + "." + c.getSimpleName();
            }
        }
        return "";
    }

    private static String qualified(Element m) {
        return ((TypeElement) m.getEnclosingElement()).getQualifiedName() + "." + m.getSimpleName();
    }

    private static List<? extends ExpressionTree> arguments(Tree call) {
        return call instanceof MethodInvocationTree m ? m.getArguments()
                : call instanceof NewClassTree n ? n.getArguments() : List.of();
    }

    /** Indexes calls, declarations, assignments and loop variables, and finds the sinks. */
    private final class Collector extends TreePathScanner<Void, Void> {

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            call();
            return super.visitMethodInvocation(node, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
            call();
            return super.visitNewClass(node, unused);
        }

        private void call() {
            Element called = trees.getElement(getCurrentPath());
            if (called != null) {
                calls.computeIfAbsent(called, k -> new ArrayList<>()).add(getCurrentPath());
                if (isSink(called)) {
                    sinks.add(getCurrentPath());
                }
            }
        }

        @Override
        public Void visitVariable(VariableTree node, Void unused) {
            Element e = trees.getElement(getCurrentPath());
            if (e != null) {
                declarations.put(e, getCurrentPath());
            }
            return super.visitVariable(node, unused);
        }

        @Override
        public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
            Element e = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
            if (e != null) {
                loops.put(e, getCurrentPath());
            }
            return super.visitEnhancedForLoop(node, unused);
        }

        @Override
        public Void visitAssignment(AssignmentTree node, Void unused) {
            Element e = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
            if (e != null) {
                assignments.computeIfAbsent(e, k -> new ArrayList<>()).add(getCurrentPath());
            }
            return super.visitAssignment(node, unused);
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
            Element e = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
            if (e != null) {
                assignments.computeIfAbsent(e, k -> new ArrayList<>()).add(getCurrentPath());
            }
            return super.visitCompoundAssignment(node, unused);
        }
    }
}

package org.openluna.inference.runtime;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Opens the batch dimension of an ONNX model that declares a fixed batch of 1: the first dimension
 * of each graph input and output that is 1 becomes the symbolic {@value #NAME}, and the shapes the
 * exporter recorded for intermediate values (value_info, which repeat the 1) are dropped for ONNX
 * Runtime to infer again. Nothing else changes, so a graph without batch-bound operations computes
 * the same per item; one that reshapes to a fixed batch of 1 fails or mixes items, which is why
 * {@link ModelSession} checks a model's batched runs against single ones before it trusts them.
 *
 * <p>The file is walked as generic protobuf (field numbers of onnx.proto3), so no generated ONNX
 * classes are needed. Inputs that are initializers (weights listed as inputs, as older exporters
 * write them) keep their shapes.
 */
final class BatchDimension {
    static final String NAME = "batch";
    // onnx.proto3 field numbers
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    private static final int GRAPH_VALUE_INFO = 13;
    private static final int TENSOR_NAME = 8;
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_TYPE_SHAPE = 2;
    private static final int SHAPE_DIM = 1;
    private static final int DIM_VALUE = 1;
    private static final int DIM_PARAM = 2;

    private BatchDimension() {}

    /** The model with the batch dimension of its inputs and outputs opened. */
    static byte[] opened(byte[] model) {
        try {
            var modelFields = UnknownFieldSet.parseFrom(model);
            var graphs = modelFields.getField(MODEL_GRAPH).getLengthDelimitedList();
            if (graphs.size() != 1) {
                throw new IllegalArgumentException("not an ONNX model: " + graphs.size() + " graphs");
            }
            var graph = UnknownFieldSet.parseFrom(graphs.getFirst());
            var weights = initializerNames(graph);
            var opened = UnknownFieldSet.newBuilder(graph)
                    .addField(GRAPH_INPUT, mapEach(graph.getField(GRAPH_INPUT), input -> weights.contains(name(input)) ? input : withOpenBatch(input)))
                    .addField(GRAPH_OUTPUT, mapEach(graph.getField(GRAPH_OUTPUT), BatchDimension::withOpenBatch))
                    .clearField(GRAPH_VALUE_INFO)
                    .build();
            return UnknownFieldSet.newBuilder(modelFields)
                    .addField(MODEL_GRAPH, UnknownFieldSet.Field.newBuilder().addLengthDelimited(opened.toByteString()).build())
                    .build()
                    .toByteArray();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ONNX model: " + e.getMessage(), e);
        }
    }

    private static Set<String> initializerNames(UnknownFieldSet graph) throws InvalidProtocolBufferException {
        var names = new HashSet<String>();
        for (var tensor : graph.getField(GRAPH_INITIALIZER).getLengthDelimitedList()) {
            var name = UnknownFieldSet.parseFrom(tensor).getField(TENSOR_NAME).getLengthDelimitedList();
            if (!name.isEmpty()) {
                names.add(name.getFirst().toStringUtf8());
            }
        }
        return names;
    }

    private static String name(ByteString valueInfo) {
        var name = parse(valueInfo).getField(VALUE_INFO_NAME).getLengthDelimitedList();
        return name.isEmpty() ? "" : name.getFirst().toStringUtf8();
    }

    /** A ValueInfoProto whose tensor shape starts with 1, with that 1 made symbolic. */
    private static ByteString withOpenBatch(ByteString valueInfo) {
        return inField(valueInfo, VALUE_INFO_TYPE, type -> inField(type, TYPE_TENSOR, tensor -> inField(tensor, TENSOR_TYPE_SHAPE, shape -> {
            var fields = parse(shape);
            var dims = fields.getField(SHAPE_DIM).getLengthDelimitedList();
            if (dims.isEmpty() || !isOne(dims.getFirst())) {
                return shape;
            }
            var symbolic = UnknownFieldSet.newBuilder()
                    .addField(DIM_PARAM, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFrom(NAME, StandardCharsets.UTF_8)).build())
                    .build().toByteString();
            var newDims = UnknownFieldSet.Field.newBuilder().addLengthDelimited(symbolic);
            dims.subList(1, dims.size()).forEach(newDims::addLengthDelimited);
            return UnknownFieldSet.newBuilder(fields).addField(SHAPE_DIM, newDims.build()).build().toByteString();
        })));
    }

    private static boolean isOne(ByteString dimension) {
        var values = parse(dimension).getField(DIM_VALUE).getVarintList();
        return values.size() == 1 && values.getFirst() == 1;
    }

    /** The message with each value of its length-delimited field {@code number} replaced by {@code change} of it. */
    private static ByteString inField(ByteString message, int number, UnaryOperator<ByteString> change) {
        var fields = parse(message);
        var field = fields.getField(number);
        if (field.getLengthDelimitedList().isEmpty()) {
            return message;
        }
        return UnknownFieldSet.newBuilder(fields).addField(number, mapEach(field, change)).build().toByteString();
    }

    private static UnknownFieldSet.Field mapEach(UnknownFieldSet.Field field, UnaryOperator<ByteString> change) {
        var changed = UnknownFieldSet.Field.newBuilder();
        field.getLengthDelimitedList().forEach(value -> changed.addLengthDelimited(change.apply(value)));
        return changed.build();
    }

    private static UnknownFieldSet parse(ByteString message) {
        try {
            return UnknownFieldSet.parseFrom(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ONNX model: " + e.getMessage(), e);
        }
    }
}

# One Lambda function per resource group of the API, all of one artifact (ADR 0017), each with a role
# that grants only the tables, buckets and queues its code can reach (definitions/groups.json, read
# off the code by org.openluna.functions.GroupResources).
locals {
  table_arns  = { for name, table in aws_dynamodb_table.table : name => table.arn }
  bucket_arns = { for name, bucket in aws_s3_bucket.bucket : name => bucket.arn }
  queue_arns  = { for name, queue in aws_sqs_queue.queue : name => queue.arn }

  every_store = concat(values(local.table_arns), values(local.bucket_arns), values(local.queue_arns),
  [for queue in aws_sqs_queue.dead_letter : queue.arn])

  group_statements = { for group, r in local.groups : group => concat(
    [{
      Sid      = "ReadTables"
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:ConditionCheckItem", "dynamodb:TransactGetItems"]
      Resource = flatten([for table in r.tables_read : [local.table_arns[table], "${local.table_arns[table]}/index/*"]])
    }],
    length(r.tables_written) == 0 ? [] : [{
      Sid      = "WriteTables"
      Effect   = "Allow"
      Action   = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:TransactWriteItems"]
      Resource = [for table in r.tables_written : local.table_arns[table]]
    }],
    length(r.buckets) == 0 ? [] : [{
      Sid      = "Objects"
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
      Resource = [for bucket in r.buckets : "${local.bucket_arns[bucket]}/*"]
      }, {
      Sid      = "ListObjects"
      Effect   = "Allow"
      Action   = ["s3:ListBucket"]
      Resource = [for bucket in r.buckets : local.bucket_arns[bucket]]
    }],
    length(r.queues_sent) == 0 ? [] : [{
      Sid      = "SendMessages"
      Effect   = "Allow"
      Action   = ["sqs:SendMessage", "sqs:GetQueueUrl"]
      Resource = [for queue in r.queues_sent : local.queue_arns[queue]]
    }],
    r.inspects ? [{
      Sid      = "HealthCheck"
      Effect   = "Allow"
      Action   = ["dynamodb:DescribeTable", "s3:ListBucket", "sqs:GetQueueUrl", "sqs:GetQueueAttributes"]
      Resource = local.every_store
    }] : [],
    [{
      Sid      = "PlatformKey"
      Effect   = "Allow"
      Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
      Resource = [aws_kms_key.platform.arn]
    }]
  ) }
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "group" {
  for_each           = local.groups
  name               = "${var.resource_prefix}${each.key}"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_role_policy" "group" {
  for_each = local.groups
  name     = "${var.resource_prefix}${each.key}-stores"
  role     = aws_iam_role.group[each.key].id
  policy   = jsonencode({ Version = "2012-10-17", Statement = local.group_statements[each.key] })
}

# logs, and the network interfaces a function in a VPC needs
resource "aws_iam_role_policy_attachment" "group_vpc" {
  for_each   = local.groups
  role       = aws_iam_role.group[each.key].name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"
}

resource "aws_security_group" "functions" {
  name        = "${var.resource_prefix}functions"
  description = "The API functions: they call the services and AWS, nobody calls them"
  vpc_id      = var.vpc_id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_cloudwatch_log_group" "group" {
  for_each          = local.groups
  name              = "/aws/lambda/${var.resource_prefix}${each.key}"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_function" "group" {
  for_each      = local.groups
  function_name = "${var.resource_prefix}${each.key}"
  role          = aws_iam_role.group[each.key].arn
  runtime       = "java21"
  architectures = ["x86_64"]
  handler       = "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest"
  s3_bucket     = aws_s3_object.lambda_zip.bucket
  s3_key        = aws_s3_object.lambda_zip.key
  memory_size   = var.function_memory_mb
  timeout       = var.function_timeout_seconds
  publish       = true
  kms_key_arn   = aws_kms_key.platform.arn

  snap_start {
    apply_on = var.snap_start ? "PublishedVersions" : "None"
  }

  vpc_config {
    subnet_ids         = var.private_subnet_ids
    security_group_ids = [aws_security_group.functions.id]
  }

  environment {
    variables = merge(local.common_environment, {
      MAIN_CLASS                       = "org.openluna.functions.LunaApplication"
      SPRING_CLOUD_FUNCTION_DEFINITION = "apiGateway"
      LUNA_FUNCTION_GROUPS             = each.key
      }, each.key == "accounts" ? {
      # only the accounts function makes the bootstrap admin, so only it holds the password
      LUNA_AUTH_BOOTSTRAP_ADMIN_LOGIN    = var.admin_login
      LUNA_AUTH_BOOTSTRAP_ADMIN_PASSWORD = var.admin_password
    } : {})
  }

  depends_on = [aws_cloudwatch_log_group.group, aws_iam_role_policy.group]
}

# API Gateway calls the published version, which SnapStart snapshots
resource "aws_lambda_alias" "group" {
  for_each         = local.groups
  name             = "live"
  function_name    = aws_lambda_function.group[each.key].function_name
  function_version = aws_lambda_function.group[each.key].version
}

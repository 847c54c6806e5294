# The long-running services (ADR 0019): the inference service on GPU instances, the matcher with its
# memory, the Sender, the /6/ws relay behind a load balancer and the stream processor (ADR 0024), all
# in one ECS cluster and found by name through Cloud Map (inference.<prefix>.internal and so on).
resource "aws_ecs_cluster" "services" {
  name = "${var.resource_prefix}services"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_service_discovery_private_dns_namespace" "services" {
  name = local.service_namespace
  vpc  = var.vpc_id
}

resource "aws_service_discovery_service" "service" {
  for_each = toset(["inference", "matcher", "sender", "stream-processor"])
  name     = each.key
  dns_config {
    namespace_id = aws_service_discovery_private_dns_namespace.services.id
    dns_records {
      type = "A"
      ttl  = 10
    }
  }
}

resource "aws_security_group" "services" {
  name        = "${var.resource_prefix}services"
  description = "The services: reached by the functions and, for /6/ws, by the load balancer"
  vpc_id      = var.vpc_id
  ingress {
    description     = "inference, matcher and sender from the functions"
    from_port       = 5080
    to_port         = 5300
    protocol        = "tcp"
    security_groups = [aws_security_group.functions.id]
  }
  ingress {
    description = "the services among themselves (the relay reaches the Sender)"
    from_port   = 5000
    to_port     = 5300
    protocol    = "tcp"
    self        = true
  }
  ingress {
    description     = "the /6/ws relay from the load balancer"
    from_port       = 5000
    to_port         = 5000
    protocol        = "tcp"
    security_groups = [aws_security_group.load_balancer.id]
  }
  ingress {
    description     = "inference from the stream processor"
    from_port       = 5200
    to_port         = 5200
    protocol        = "tcp"
    security_groups = [aws_security_group.stream_processor.id]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

data "aws_vpc" "platform" {
  id = var.vpc_id
}

# The stream processor opens any video url a stream names, so it stays out of the services' group:
# of the platform's services it reaches only inference, and its own port only from inside the VPC.
resource "aws_security_group" "stream_processor" {
  name        = "${var.resource_prefix}stream-processor"
  description = "The stream processor: pulls video from the internet, reached only from inside the VPC"
  vpc_id      = var.vpc_id
  ingress {
    description = "health and status from inside the VPC"
    from_port   = 5400
    to_port     = 5400
    protocol    = "tcp"
    cidr_blocks = [data.aws_vpc.platform.cidr_block]
  }
  egress {
    description = "video urls (http, https, rtsp), the API, inference and DynamoDB"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "task_execution" {
  name               = "${var.resource_prefix}task-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_iam_role_policy_attachment" "task_execution" {
  role       = aws_iam_role.task_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

# what each service's own code may touch
locals {
  service_statements = {
    inference = []
    matcher = [{
      Sid      = "FollowFaces"
      Effect   = "Allow"
      Action   = ["dynamodb:Scan", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:DescribeTable", "dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"]
      Resource = [local.table_arns["faces"], "${local.table_arns["faces"]}/index/*", "${local.table_arns["faces"]}/stream/*"]
    }]
    sender = [{
      Sid      = "ReadEvents"
      Effect   = "Allow"
      Action   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueUrl", "sqs:GetQueueAttributes"]
      Resource = [local.queue_arns["events"]]
    }]
    ws = [{
      Sid      = "Authenticate"
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "dynamodb:Query"]
      Resource = [local.table_arns["accounts"], local.table_arns["tokens"], "${local.table_arns["tokens"]}/index/*", local.table_arns["sessions"]]
      }, {
      # where a stream stands, for /6/streams/{stream_id}/ws
      Sid      = "ReadStreams"
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem"]
      Resource = [local.table_arns["streams"]]
    }]
    # leases, status and logs of its streams, which by_lease finds; and the token each stream's events are sent with
    stream-processor = [{
      Sid      = "RunStreams"
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]
      Resource = [local.table_arns["streams"], "${local.table_arns["streams"]}/index/*"]
      }, {
      Sid      = "StreamTokens"
      Effect   = "Allow"
      Action   = ["dynamodb:PutItem", "dynamodb:DeleteItem"]
      Resource = [local.table_arns["tokens"]]
    }]
  }
}

resource "aws_iam_role" "service" {
  for_each           = local.service_statements
  name               = "${var.resource_prefix}${each.key}-service"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_iam_role_policy" "service" {
  for_each = { for name, statements in local.service_statements : name => statements if length(statements) > 0 }
  name     = "${var.resource_prefix}${each.key}-service"
  role     = aws_iam_role.service[each.key].id
  policy = jsonencode({ Version = "2012-10-17", Statement = concat(each.value, [{
    Sid      = "PlatformKey"
    Effect   = "Allow"
    Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
    Resource = [aws_kms_key.platform.arn]
  }]) })
}

resource "aws_cloudwatch_log_group" "service" {
  for_each          = local.service_statements
  name              = "/ecs/${var.resource_prefix}${each.key}"
  retention_in_days = var.log_retention_days
}

locals {
  service_environment = [for name, value in {
    LUNA_RESOURCE_PREFIX   = var.resource_prefix
    LUNA_AWS_REGION        = var.region
    LUNA_AUTH_TOKEN_SECRET = var.token_secret
  } : { name = name, value = value }]
}

# --- inference: one GPU per task, on GPU instances the cluster scales ---
data "aws_ssm_parameter" "gpu_ami" {
  name = "/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id"
}

resource "aws_iam_role" "gpu_instance" {
  name = "${var.resource_prefix}gpu-instance"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{
    Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" }
  }] })
}

resource "aws_iam_role_policy_attachment" "gpu_instance" {
  role       = aws_iam_role.gpu_instance.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"
}

resource "aws_iam_instance_profile" "gpu_instance" {
  name = "${var.resource_prefix}gpu-instance"
  role = aws_iam_role.gpu_instance.name
}

resource "aws_launch_template" "gpu" {
  name_prefix   = "${var.resource_prefix}gpu-"
  image_id      = data.aws_ssm_parameter.gpu_ami.value
  instance_type = var.inference_instance_type
  iam_instance_profile {
    arn = aws_iam_instance_profile.gpu_instance.arn
  }
  vpc_security_group_ids = [aws_security_group.services.id]
  user_data              = base64encode("#!/bin/bash\necho ECS_CLUSTER=${aws_ecs_cluster.services.name} >> /etc/ecs/ecs.config\necho ECS_ENABLE_GPU_SUPPORT=true >> /etc/ecs/ecs.config\n")
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_autoscaling_group" "gpu" {
  name_prefix         = "${var.resource_prefix}gpu-"
  vpc_zone_identifier = var.private_subnet_ids
  min_size            = 0
  max_size            = var.inference_count * 2
  launch_template {
    id      = aws_launch_template.gpu.id
    version = "$Latest"
  }
  tag {
    key                 = "AmazonECSManaged"
    value               = "true"
    propagate_at_launch = true
  }
}

resource "aws_ecs_capacity_provider" "gpu" {
  name = "${trimsuffix(var.resource_prefix, "-")}-gpu"
  auto_scaling_group_provider {
    auto_scaling_group_arn = aws_autoscaling_group.gpu.arn
    managed_scaling {
      status          = "ENABLED"
      target_capacity = 100
    }
  }
}

resource "aws_ecs_cluster_capacity_providers" "services" {
  cluster_name       = aws_ecs_cluster.services.name
  capacity_providers = ["FARGATE", aws_ecs_capacity_provider.gpu.name]
}

resource "aws_ecs_task_definition" "inference" {
  family                   = "${var.resource_prefix}inference"
  requires_compatibilities = ["EC2"]
  network_mode             = "awsvpc"
  execution_role_arn       = aws_iam_role.task_execution.arn
  task_role_arn            = aws_iam_role.service["inference"].arn
  container_definitions = jsonencode([{
    name                 = "inference"
    image                = var.inference_image
    essential            = true
    memoryReservation    = 6144
    portMappings         = [{ containerPort = 5200, protocol = "tcp" }]
    command              = ["--port=5200"]
    resourceRequirements = [{ type = "GPU", value = "1" }]
    logConfiguration = { logDriver = "awslogs", options = {
      awslogs-group = aws_cloudwatch_log_group.service["inference"].name, awslogs-region = var.region, awslogs-stream-prefix = "inference"
    } }
  }])
}

resource "aws_ecs_service" "inference" {
  name            = "inference"
  cluster         = aws_ecs_cluster.services.id
  task_definition = aws_ecs_task_definition.inference.arn
  desired_count   = var.inference_count
  capacity_provider_strategy {
    capacity_provider = aws_ecs_capacity_provider.gpu.name
    weight            = 1
  }
  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [aws_security_group.services.id]
  }
  service_registries {
    registry_arn = aws_service_discovery_service.service["inference"].arn
  }
}

# --- the Fargate services: the matcher (every descriptor in memory, so sized by memory), the Sender
# (one reader of the events queue: several would each get a part of the events, ADR 0012), the
# /6/ws relay (the functions application with the ws group, and the service group for the load
# balancer's health check on /6/version), which authenticates subscribers and relays the Sender, and
# the stream processor (ADR 0024), several of them so that a dead one's streams, whose leases lapse,
# are taken up by the others; it posts its events to the API like any client ---
locals {
  fargate = {
    matcher = {
      cpu            = 2048, memory = var.matcher_memory_mb, port = 5300, count = 1, image = var.matcher_image, discovered = true
      security_group = aws_security_group.services.id
      command        = ["--port=5300", "--table-prefix=${var.resource_prefix}", "--region=${var.region}", "--backend=cpu"]
      environment    = {}
    }
    sender = {
      cpu            = 512, memory = 1024, port = 5080, count = 1, image = var.sender_image, discovered = true
      security_group = aws_security_group.services.id
      command        = ["--port=5080", "--host=0.0.0.0", "--resource-prefix=${var.resource_prefix}", "--region=${var.region}"]
      environment    = {}
    }
    ws = {
      cpu            = 512, memory = 1024, port = 5000, count = var.ws_count, image = var.ws_image, discovered = false
      security_group = aws_security_group.services.id
      command        = null
      environment = {
        LUNA_FUNCTION_GROUPS     = "ws,service"
        LUNA_SERVICES_SENDER_URL = local.services.sender_url
        SERVER_ADDRESS           = "0.0.0.0"
      }
    }
    stream-processor = {
      cpu            = var.stream_processor_cpu
      memory         = var.stream_processor_memory_mb
      port           = 5400
      count          = var.stream_processor_count
      image          = var.stream_processor_image
      discovered     = true
      security_group = aws_security_group.stream_processor.id
      command = ["--port=5400", "--host=0.0.0.0", "--resource-prefix=${var.resource_prefix}", "--api-url=${aws_apigatewayv2_api.http.api_endpoint}",
        "--inference-url=${local.services.inference_url}", "--capacity=${var.stream_processor_streams_per_task}",
      "--private-networks=${var.stream_sources_on_private_networks}"]
      # the processor takes its region from the SDK's variable, not from the platform's
      environment = { AWS_REGION = var.region }
    }
  }
}

resource "aws_ecs_task_definition" "fargate" {
  for_each                 = local.fargate
  family                   = "${var.resource_prefix}${each.key}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = each.value.cpu
  memory                   = each.value.memory
  execution_role_arn       = aws_iam_role.task_execution.arn
  task_role_arn            = aws_iam_role.service[each.key].arn
  container_definitions = jsonencode([{
    name         = each.key
    image        = each.value.image
    essential    = true
    portMappings = [{ containerPort = each.value.port, protocol = "tcp" }]
    command      = each.value.command
    environment  = concat(local.service_environment, [for name, value in each.value.environment : { name = name, value = value }])
    logConfiguration = { logDriver = "awslogs", options = {
      awslogs-group = aws_cloudwatch_log_group.service[each.key].name, awslogs-region = var.region, awslogs-stream-prefix = each.key
    } }
  }])
}

resource "aws_ecs_service" "fargate" {
  for_each        = local.fargate
  name            = each.key
  cluster         = aws_ecs_cluster.services.id
  task_definition = aws_ecs_task_definition.fargate[each.key].arn
  desired_count   = each.value.count
  launch_type     = "FARGATE"
  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [each.value.security_group]
  }
  dynamic "service_registries" {
    for_each = each.value.discovered ? [aws_service_discovery_service.service[each.key].arn] : []
    content {
      registry_arn = service_registries.value
    }
  }
  dynamic "load_balancer" {
    for_each = each.key == "ws" ? [aws_lb_target_group.ws.arn] : []
    content {
      target_group_arn = load_balancer.value
      container_name   = "ws"
      container_port   = 5000
    }
  }
}

resource "aws_security_group" "load_balancer" {
  name        = "${var.resource_prefix}load-balancer"
  description = "The /6/ws load balancer, open to clients"
  vpc_id      = var.vpc_id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "ws" {
  name               = "${trimsuffix(var.resource_prefix, "-")}-ws"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids
  security_groups    = [aws_security_group.load_balancer.id]
  # a subscriber's socket stays open; the relay itself closes idle ones
  idle_timeout = 3600
}

resource "aws_lb_target_group" "ws" {
  name        = "${trimsuffix(var.resource_prefix, "-")}-ws"
  port        = 5000
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id
  health_check {
    path    = "/6/version"
    matcher = "200"
  }
}

resource "aws_lb_listener" "ws" {
  load_balancer_arn = aws_lb.ws.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = var.ws_certificate_arn
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "application/json"
      status_code  = "404"
      message_body = "{\"error_code\":12011,\"desc\":\"Resource not found\",\"detail\":\"Resource not found\"}"
    }
  }
}

resource "aws_lb_listener_rule" "ws" {
  listener_arn = aws_lb_listener.ws.arn
  priority     = 10
  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.ws.arn
  }
  condition {
    path_pattern {
      values = ["/6/ws", "/6/streams/*/ws"]
    }
  }
}
